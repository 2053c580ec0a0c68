using System.Net.Http.Headers;

namespace Qtickets.Simulator.Tests.Support;

/// <summary>A simulator on a free loopback port with clients for both APIs; dispose to stop it.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    /// <summary>The fixed "now" of test data, so answers do not depend on when the tests run.</summary>
    public static readonly DateTimeOffset Anchor = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(3));

    private SimulatorHost(SimulatorServer server)
    {
        Server = server;
        Rest = new SimulatorApi(CreateClient(server.RestBaseUri, server.Token));
        Partners = new SimulatorApi(CreateClient(server.PartnersBaseUri, server.PartnersToken));
        Anonymous = new SimulatorApi(CreateClient(server.RestBaseUri, token: null));
    }

    public SimulatorServer Server { get; }

    /// <summary>REST API with the right token.</summary>
    public SimulatorApi Rest { get; }

    /// <summary>Partners API with the right token.</summary>
    public SimulatorApi Partners { get; }

    /// <summary>REST API base without any token.</summary>
    public SimulatorApi Anonymous { get; }

    public static SimulatorOptions DefaultOptions => new() { Anchor = Anchor };

    public static async Task<SimulatorHost> StartAsync(SimulatorOptions? options = null, TimeProvider? time = null)
    {
        var server = await SimulatorServer.StartAsync(options ?? DefaultOptions, time, CancellationToken.None);
        return new SimulatorHost(server);
    }

    public SimulatorApi ClientWithToken(Uri baseUri, string token) => new(CreateClient(baseUri, token));

    public async ValueTask DisposeAsync()
    {
        Rest.Dispose();
        Partners.Dispose();
        Anonymous.Dispose();
        await Server.DisposeAsync();
    }

    private static HttpClient CreateClient(Uri baseUri, string? token)
    {
        var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
