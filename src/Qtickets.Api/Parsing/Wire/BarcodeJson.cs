namespace Qtickets.Api.Parsing.Wire;

/// <summary>One record of a show's barcode list as the API sends it. Settable: see <see cref="OrderJson"/>.</summary>
internal sealed record BarcodeJson
{
    public string? Barcode { get; set; }

    public ApiValue<decimal> ShowId { get; set; }

    public ApiValue<decimal> Price { get; set; }

    public ApiValue<decimal> OrderId { get; set; }

    public ApiValue<DateTimeOffset> CheckedAt { get; set; }
}
