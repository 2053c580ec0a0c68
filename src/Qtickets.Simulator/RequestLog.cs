using System.Collections.Concurrent;

namespace Qtickets.Simulator;

/// <summary>
/// Thread-safe log of the requests served (control routes under <c>/_simulator/</c> excluded). Counts
/// cover every request since the last <see cref="Clear"/>; the entries themselves are the most recent
/// <see cref="Capacity"/> ones.
/// </summary>
public sealed class RequestLog
{
    private const string RestPrefix = "/api/rest/v1/";
    private const string PartnersPrefix = "/api/partners/v1/";
    private readonly ConcurrentQueue<RecordedRequest> _entries = new();
    private readonly ConcurrentDictionary<(string Method, string Path), int> _counts = new();
    private long _total;
    private int _inFlight;
    private int _mostInFlight;

    public RequestLog(int capacity)
    {
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Requests logged since the last clear.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>
    /// The most API requests that were being served at once since the last clear (control requests not counted):
    /// what a client's limit of requests in flight looks like from the server.
    /// </summary>
    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    /// <summary>The kept entries, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot() => [.. _entries.OrderBy(e => e.Sequence)];

    /// <summary>
    /// Requests whose method matches (case-insensitive; <c>*</c> or null for any) and whose path starts
    /// with <paramref name="pathPrefix"/>. A prefix starting with '/' is matched against the full path
    /// (<c>/api/rest/v1/orders</c>); otherwise against the path under the REST or Partners base
    /// (<c>orders</c> counts <c>/api/rest/v1/orders</c> and <c>/api/rest/v1/orders/123</c>).
    /// </summary>
    public int Count(string? method, string pathPrefix)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var total = 0;
        foreach (var ((entryMethod, path), count) in _counts)
        {
            if (MethodMatches(method, entryMethod) && PathMatches(pathPrefix, path))
            {
                total += count;
            }
        }

        return total;
    }

    /// <summary>
    /// Requests with exactly this path (no sub-paths): <c>CountExact("GET", "orders")</c> counts the order
    /// listing only, not <c>orders/123</c>. Relative and full paths as in <see cref="Count"/>.
    /// </summary>
    public int CountExact(string? method, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var wanted = path.TrimEnd('/');
        var total = 0;
        foreach (var ((entryMethod, entryPath), count) in _counts)
        {
            var actual = entryPath.TrimEnd('/');
            var matches = wanted.StartsWith('/')
                ? actual == wanted
                : actual == RestPrefix + wanted || actual == PartnersPrefix + wanted;
            if (matches && MethodMatches(method, entryMethod))
            {
                total += count;
            }
        }

        return total;
    }

    /// <summary>Request counts by "METHOD path".</summary>
    public IReadOnlyDictionary<string, int> Counts() =>
        _counts.OrderBy(c => c.Key.Path, StringComparer.Ordinal).ThenBy(c => c.Key.Method, StringComparer.Ordinal)
            .ToDictionary(c => $"{c.Key.Method} {c.Key.Path}", c => c.Value, StringComparer.Ordinal);

    public void Clear()
    {
        _entries.Clear();
        _counts.Clear();
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _mostInFlight, Volatile.Read(ref _inFlight));
    }

    /// <summary>An API request started being served; pair with <see cref="Leave"/>.</summary>
    internal void Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        var most = Volatile.Read(ref _mostInFlight);
        while (now > most && Interlocked.CompareExchange(ref _mostInFlight, now, most) != most)
        {
            most = Volatile.Read(ref _mostInFlight);
        }
    }

    internal void Leave() => Interlocked.Decrement(ref _inFlight);

    internal void Add(RecordedRequest request)
    {
        Interlocked.Increment(ref _total);
        _counts.AddOrUpdate((request.Method, request.Path), 1, (_, count) => count + 1);
        if (Capacity == 0)
        {
            return;
        }

        _entries.Enqueue(request);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    private static bool MethodMatches(string? wanted, string actual) =>
        wanted is null or "*" || string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);

    private static bool PathMatches(string prefix, string path)
    {
        if (prefix.StartsWith('/'))
        {
            return path.StartsWith(prefix, StringComparison.Ordinal);
        }

        return (path.StartsWith(RestPrefix, StringComparison.Ordinal) && path.AsSpan(RestPrefix.Length).StartsWith(prefix, StringComparison.Ordinal))
            || (path.StartsWith(PartnersPrefix, StringComparison.Ordinal) && path.AsSpan(PartnersPrefix.Length).StartsWith(prefix, StringComparison.Ordinal));
    }
}
