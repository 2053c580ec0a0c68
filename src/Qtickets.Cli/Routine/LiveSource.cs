using Qtickets.Configuration;

namespace Qtickets.Cli.Routine;

/// <summary>The operator's env file for a live load and the settings read from it (the API to load from and to count from).</summary>
public sealed record LiveSource(string EnvFile, LoaderSettings Settings);
