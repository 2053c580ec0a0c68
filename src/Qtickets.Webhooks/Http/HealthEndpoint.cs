using Microsoft.AspNetCore.Http;
using Qtickets.ClickHouse;

namespace Qtickets.Webhooks.Http;

/// <summary><c>GET /healthz</c>: 200 while ClickHouse answers <c>SELECT 1</c> within the health timeout, 503 otherwise (and while stopping).</summary>
internal sealed class HealthEndpoint
{
    private readonly IClickHouseClient _clickHouse;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private volatile bool _stopping;

    public HealthEndpoint(IClickHouseClient clickHouse, TimeSpan timeout, TimeProvider time)
    {
        _clickHouse = clickHouse;
        _timeout = timeout;
        _time = time;
    }

    public void Stopping() => _stopping = true;

    public async Task HandleAsync(HttpContext http)
    {
        if (_stopping)
        {
            await Answers.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "stopping").ConfigureAwait(false);
            return;
        }

        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, http.RequestAborted);
        try
        {
            await _clickHouse.QueryScalarAsync<int>("SELECT 1", linked.Token).ConfigureAwait(false);
            await Answers.WriteAsync(http, StatusCodes.Status200OK, "ok", "clickhouse reachable").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ClickHouseException or HttpRequestException || (ex is OperationCanceledException && timeout.IsCancellationRequested))
        {
            var detail = ex is OperationCanceledException ? $"clickhouse did not answer within {_timeout.TotalSeconds:0.#} s" : "clickhouse unreachable: " + ex.Message;
            await Answers.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "unavailable", detail).ConfigureAwait(false);
        }
    }
}
