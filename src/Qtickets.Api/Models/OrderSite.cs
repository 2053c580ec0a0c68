namespace Qtickets.Api.Models;

/// <summary>The site an order was placed on.</summary>
public sealed record OrderSite(long? Id, string? Host);
