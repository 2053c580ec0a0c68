using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.Cli.Locking;

/// <summary>Who holds a job's run lock: written next to the lock file so a refused run can name it.</summary>
public sealed record RunLockHolder(
    [property: JsonPropertyName("host")] string Host,
    [property: JsonPropertyName("pid")] int Pid,
    [property: JsonPropertyName("started_at")] DateTimeOffset StartedAt)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The holder a file describes, or null when it is missing, half-written or not ours.</summary>
    public static RunLockHolder? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunLockHolder>(File.ReadAllText(path)) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
