namespace Qtickets.Api.Models;

/// <summary>The buyer embedded in an order (personal data).</summary>
public sealed record OrderClient(string? Email, ClientDetails? Details);
