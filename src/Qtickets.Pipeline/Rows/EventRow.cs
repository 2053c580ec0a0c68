using System.Text.Json.Serialization;

namespace Qtickets.Pipeline.Rows;

/// <summary>One row of <c>dim_events</c>: an event with its city name and the span of its shows.</summary>
public sealed record EventRow
{
    public required string EventId { get; init; }

    public required string EventName { get; init; }

    public required string City { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public uint? TicketsTotal { get; init; }

    public uint? TicketsLeft { get; init; }

    /// <summary>
    /// Sent explicitly: ClickHouse 18.16 does not evaluate <c>DEFAULT now()</c> for a column left out of JSONEachRow.
    /// </summary>
    [JsonPropertyName("_loaded_at")]
    public required DateTime LoadedAt { get; init; }

    [JsonPropertyName("_ver")]
    public required ulong Ver { get; init; }
}
