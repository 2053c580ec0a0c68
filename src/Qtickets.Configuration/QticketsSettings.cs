using System.Text.Json;

namespace Qtickets.Configuration;

/// <summary>How to reach QTickets and what to fetch.</summary>
public sealed record QticketsSettings(
    Secret? Token,
    Uri? BaseUrl,
    string? OrgName,
    int SinceHours,
    int InitialBackfillHours,
    string BackfillGuardTable,
    int FullScanHours,
    int MaxConcurrency,
    int MaxReservationMinutes,
    int RequestTimeoutSeconds,
    int MaxRetries,
    bool StorePersonalData,
    Uri? PartnersBaseUrl,
    Secret? PartnersToken,
    IReadOnlyList<JsonElement> PartnersFindRequests,
    ResourceSkips Skips)
{
    /// <summary>
    /// First back-off delay of a retried QTickets request (<c>QTICKETS_RETRY_BASE_DELAY_MS</c>); each further retry
    /// doubles it, with jitter. A <c>Retry-After</c> of the server wins over it.
    /// </summary>
    public int RetryBaseDelayMs { get; init; } = 1000;
}
