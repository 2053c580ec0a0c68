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
    ResourceSkips Skips);
