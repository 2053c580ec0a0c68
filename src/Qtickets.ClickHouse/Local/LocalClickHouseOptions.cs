namespace Qtickets.ClickHouse.Local;

/// <summary>
/// Where a local ClickHouse keeps everything (configuration, data, logs, pid file, generated passwords) and how it is
/// reached. The dotenv file for other commands is written next to the state directory: <c>D.env</c> for <c>D</c>.
/// </summary>
public sealed record LocalClickHouseOptions(string StateDirectory)
{
    public const string DefaultStateDirectory = ".local/clickhouse";

    /// <summary>The HTTP port; null picks a free one (and keeps it across restarts while it stays free).</summary>
    public int? HttpPort { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Install Debian's clickhouse-server through apt-get when it is missing.</summary>
    public bool InstallWhenMissing { get; init; } = true;

    public string FullStateDirectory => Path.TrimEndingDirectorySeparator(Path.GetFullPath(StateDirectory));

    public string EnvFile => FullStateDirectory + ".env";

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(StateDirectory))
        {
            errors.Add("the state directory must not be empty");
        }
        else if (Path.GetFullPath(StateDirectory) == Path.GetPathRoot(Path.GetFullPath(StateDirectory)))
        {
            errors.Add("the state directory must not be a file system root");
        }

        if (HttpPort is < 1 or > 65535)
        {
            errors.Add($"the HTTP port must be between 1 and 65535, got {HttpPort}");
        }

        if (StartTimeout <= TimeSpan.Zero || StopTimeout <= TimeSpan.Zero)
        {
            errors.Add("the start and stop timeouts must be positive");
        }

        return errors;
    }
}
