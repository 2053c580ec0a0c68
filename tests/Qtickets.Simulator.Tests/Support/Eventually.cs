namespace Qtickets.Simulator.Tests.Support;

/// <summary>Polls a condition in real time: for effects of background work (webhook deliveries, live sales).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting until " + what);
            await Task.Delay(10);
        }
    }
}
