namespace Qtickets.Simulator.Data;

/// <summary>One date of an event. Times are Unix seconds; 0 means null.</summary>
/// <remarks>
/// Index: Position in <see cref="Dataset.Shows"/>.<br/>
/// FlatSeats: Whether <c>/shows/{id}/seats</c> answers flat when the request does not say.<br/>
/// </remarks>
internal sealed record ShowModel(
    int Index,
    int Id,
    int EventIndex,
    int Ordinal,
    long Start,
    long Finish,
    long SaleStart,
    bool IsActive,
    long CreatedAt,
    long UpdatedAt,
    bool FlatSeats);
