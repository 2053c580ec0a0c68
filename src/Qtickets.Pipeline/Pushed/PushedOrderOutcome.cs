namespace Qtickets.Pipeline.Pushed;

/// <summary>
/// What became of one pushed order: stored by the data contract (<see cref="Stored"/>: also an order that is not a
/// sale and needed no row), or <see cref="Rejection"/> when the record is outside the contract (never retried), or
/// <see cref="Refusal"/> when it could not be handled now (its event is unknown and QTickets cannot be asked): the
/// sender should retry.
/// </summary>
public sealed record PushedOrderOutcome(bool Stored, string? Rejection, string? Refusal)
{
    public static PushedOrderOutcome Done { get; } = new(true, null, null);

    public static PushedOrderOutcome Rejected(string reason) => new(false, reason, null);

    public static PushedOrderOutcome Refused(string reason) => new(false, null, reason);
}
