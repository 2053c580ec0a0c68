namespace Qtickets.Api.Partners;

/// <summary>Settings of the Partners API client (distributor side): its own base and bearer key, the same retry policy.</summary>
public sealed record PartnersClientOptions : ApiClientOptions;
