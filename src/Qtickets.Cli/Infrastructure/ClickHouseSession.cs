using Qtickets.ClickHouse;

namespace Qtickets.Cli.Infrastructure;

/// <summary>A ClickHouse client and the HTTP connection it owns, for one command.</summary>
public sealed class ClickHouseSession : IDisposable
{
    private readonly HttpClient _http;

    public ClickHouseSession(ClickHouseConnectionOptions options)
    {
        _http = ClickHouseHttpClient.CreateHttpClient(options);
        Client = new ClickHouseHttpClient(_http, options);
    }

    public IClickHouseClient Client { get; }

    public void Dispose() => _http.Dispose();
}
