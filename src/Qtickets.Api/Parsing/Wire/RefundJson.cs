namespace Qtickets.Api.Parsing.Wire;

/// <summary>
/// One entry of an order's <c>refunds</c>. Its shape is undocumented, so the loader only notices that entries
/// exist (and warns when no basket says it was refunded); it never takes amounts from here.
/// </summary>
internal sealed record RefundJson
{
    public string? Id { get; set; }
}
