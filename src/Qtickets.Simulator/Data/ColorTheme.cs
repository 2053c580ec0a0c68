namespace Qtickets.Simulator.Data;

/// <summary>A price shade of <c>/color-themes</c>.</summary>
internal sealed record ColorTheme(int Id, string Color);
