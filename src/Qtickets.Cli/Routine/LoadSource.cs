namespace Qtickets.Cli.Routine;

/// <summary>The API the load read from, which the independent count reads too.</summary>
public sealed record LoadSource(Uri RestBase, string Token, string Description, bool Live);
