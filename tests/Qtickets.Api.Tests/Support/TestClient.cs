using Microsoft.Extensions.Logging;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Support;

/// <summary>Builds the client under test over a stub handler, with instant retries and a deterministic jitter.</summary>
internal static class TestClient
{
    public const string Token = "qt-live-token-7f3a9c2e51b84d06";

    public static readonly Uri BaseUri = new("http://127.0.0.1:5999/api/rest/v1/");

    public static QticketsClientOptions Options() => new()
    {
        BaseUri = BaseUri,
        Token = Token,
        BaseDelay = TimeSpan.Zero,
        MaxDelay = TimeSpan.Zero,
    };

    public static QticketsClient Create(
        StubHttpMessageHandler handler,
        QticketsClientOptions? options = null,
        ILogger? logger = null,
        TimeProvider? timeProvider = null,
        Func<double>? jitter = null) =>
        new(new HttpClient(handler), options ?? Options(), logger, timeProvider, jitter ?? (() => 0.5));
}
