using Microsoft.Extensions.Logging;
using Qtickets.Api;
using Qtickets.Api.Partners;
using Qtickets.ClickHouse;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Offline;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// Builds a <see cref="LoaderJob"/> and the HTTP clients it uses from validated settings. Stub mode builds no
/// ClickHouse client at all and a QTickets client that sends nothing; offline fixtures replace the network with an
/// in-process handler. Dispose the result to release the connections.
/// </summary>
public sealed class LoaderJobFactory : IAsyncDisposable
{
    private readonly List<HttpClient> _httpClients = [];

    private LoaderJobFactory()
    {
    }

    public required LoaderJob Job { get; init; }

    public required LoaderJobContext Context { get; init; }

    public static LoaderJobFactory Create(
        LoaderSettings settings, ILoggerFactory logs, IRunObserver? observer = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var http = new List<HttpClient>();
        var api = CreateApi(settings, logs, time, http);
        var partners = CreatePartners(settings, logs, time, http);
        IClickHouseClient? clickHouse = null;
        if (settings.StubReason is null)
        {
            var options = ClickHouseConnections.Writer(settings.ClickHouse);
            var chHttp = ClickHouseHttpClient.CreateHttpClient(options);
            http.Add(chHttp);
            clickHouse = new ClickHouseHttpClient(chHttp, options, time, logs.CreateLogger<ClickHouseHttpClient>());
        }

        var context = new LoaderJobContext(settings, api, partners, clickHouse, time, logs, observer ?? NullRunObserver.Instance);
        var factory = new LoaderJobFactory { Job = new LoaderJob(context), Context = context };
        factory._httpClients.AddRange(http);
        return factory;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var client in _httpClients)
        {
            client.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The QTickets client of these settings; the HTTP client it uses is added to <paramref name="http"/> (the caller disposes it).</summary>
    internal static QticketsClient CreateApi(LoaderSettings settings, ILoggerFactory logs, TimeProvider time, List<HttpClient> http)
    {
        var q = settings.Qtickets;
        var offline = settings.Runtime.OfflineFixturesDir;
        var client = offline is not null
            ? new HttpClient(new FixtureHttpHandler(offline)) { Timeout = Timeout.InfiniteTimeSpan }
            : new HttpClient(Handler(q.MaxConcurrency)) { Timeout = Timeout.InfiniteTimeSpan };
        http.Add(client);
        var options = new QticketsClientOptions
        {
            BaseUri = offline is not null ? new Uri("http://offline.fixtures/api/rest/v1/") : q.BaseUrl,
            Token = offline is not null ? "offline" : q.Token?.Value,
            StubReason = settings.StubReason,
            RequestTimeout = TimeSpan.FromSeconds(q.RequestTimeoutSeconds),
            MaxRetries = q.MaxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(q.RetryBaseDelayMs),
            MaxConcurrency = q.MaxConcurrency,
        };
        return new QticketsClient(client, options, logs.CreateLogger("qtickets.api"), time);
    }

    private static PartnersClient? CreatePartners(LoaderSettings settings, ILoggerFactory logs, TimeProvider time, List<HttpClient> http)
    {
        var q = settings.Qtickets;
        if (q.PartnersBaseUrl is null || q.PartnersToken is null || settings.Runtime.OfflineFixturesDir is not null)
        {
            return null;
        }

        var client = new HttpClient(Handler(q.MaxConcurrency)) { Timeout = Timeout.InfiniteTimeSpan };
        http.Add(client);
        var options = new PartnersClientOptions
        {
            BaseUri = q.PartnersBaseUrl,
            Token = q.PartnersToken.Value,
            StubReason = settings.StubReason,
            RequestTimeout = TimeSpan.FromSeconds(q.RequestTimeoutSeconds),
            MaxRetries = q.MaxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(q.RetryBaseDelayMs),
        };
        return new PartnersClient(client, options, logs.CreateLogger("qtickets.partners"), time);
    }

    /// <remarks>
    /// The connection pool is the run's one limit of requests in flight to a host: an HTTP/1.1 connection carries one
    /// request at a time and goes back to the pool only once its answer was read, so however many stages send at once
    /// (orders, inventory and catalogues load side by side), QTickets never sees more than <c>QTICKETS_MAX_CONCURRENCY</c>
    /// of them. A request waiting for a connection waits inside its attempt's timeout.
    /// </remarks>
    private static SocketsHttpHandler Handler(int maxConcurrency) => new()
    {
        MaxConnectionsPerServer = Math.Max(maxConcurrency, 1),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };
}
