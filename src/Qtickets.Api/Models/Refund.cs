namespace Qtickets.Api.Models;

/// <summary>One refund entry of an order.</summary>
public sealed record Refund(long? Id, decimal? Amount, DateTimeOffset? CreatedAt);
