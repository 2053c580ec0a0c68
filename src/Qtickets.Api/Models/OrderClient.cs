namespace Qtickets.Api.Models;

/// <summary>The buyer embedded in an order (personal data).</summary>
public sealed record OrderClient(long? Id, string? Email, ClientDetails? Details);
