namespace Qtickets.Api.Models;

/// <summary>A price shade of <c>/color-themes</c>.</summary>
public sealed record PriceShade(long Id, string? Color, string? Name, string RawJson);
