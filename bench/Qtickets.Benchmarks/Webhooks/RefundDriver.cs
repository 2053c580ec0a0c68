using System.Globalization;
using System.Text;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// Makes the planned refunds through the simulator's API (<c>DELETE /orders/{id}/baskets</c>, as a box office does)
/// at a steady rate: refund i is sent i / rate seconds after the start, without waiting for the ones before; each one
/// makes the simulator send one signed <c>refunded</c> webhook.
/// </summary>
internal sealed class RefundDriver(HttpClient api, TimeProvider time)
{
    /// <returns>How long the sending took, from the first refund to the last answer.</returns>
    public async Task<TimeSpan> RunAsync(IReadOnlyList<PlannedRefund> plan, RefundTimeline timeline, int perSecond, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var calls = new List<Task>(plan.Count);
        for (var i = 0; i < plan.Count; i++)
        {
            var wait = TimeSpan.FromSeconds(i / (double)perSecond) - time.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            timeline.Sent(i);
            calls.Add(RefundAsync(plan[i], cancellationToken));
        }

        await Task.WhenAll(calls).ConfigureAwait(false);
        return time.GetElapsedTime(started);
    }

    private async Task RefundAsync(PlannedRefund refund, CancellationToken cancellationToken)
    {
        var body = "{\"refund\":{\"amount\":" + refund.Price.ToString(CultureInfo.InvariantCulture)
            + ",\"baskets\":{\"" + refund.BasketId.ToString(CultureInfo.InvariantCulture) + "\":[]}}}";
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri($"orders/{refund.OrderId}/baskets", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var answer = await api.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the refund of order {refund.OrderId} was answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }
    }
}
