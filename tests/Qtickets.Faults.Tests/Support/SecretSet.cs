namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// The secret values of a test's configuration (token, ClickHouse passwords) and the one check every case ends
/// with: none of them appears in anything an operator or a dashboard could read.
/// </summary>
internal sealed class SecretSet
{
    private readonly List<(string Name, string Value)> _secrets = [];

    public SecretSet Add(string name, string? value)
    {
        // Empty or tiny values would match by accident; every secret of these tests is long and random.
        if (value is { Length: >= 8 })
        {
            _secrets.Add((name, value));
        }

        return this;
    }

    public IReadOnlyList<string> Names => [.. _secrets.Select(s => s.Name)];

    /// <param name="source">What the texts are (log lines, console output, meta_job_runs), for the failure message.</param>
    /// <param name="texts">Everything to search.</param>
    public void AssertAbsentFrom(string source, IEnumerable<string?> texts)
    {
        foreach (var text in texts.OfType<string>())
        {
            foreach (var (name, value) in _secrets)
            {
                // The failure message names the secret, never shows it.
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"{name} appears in {source}: {text.Replace(value, "<" + name + ">", StringComparison.Ordinal)}");
            }
        }
    }
}
