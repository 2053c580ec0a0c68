namespace Qtickets.Api.Models;

/// <summary>Name and phone of a buyer (personal data).</summary>
public sealed record ClientDetails(string? Name, string? Surname, string? Middlename, string? Phone);
