using Qtickets.TestUtilities.Http;

namespace Qtickets.ClickHouse.Tests;

/// <summary>The real client against a server on loopback that answers errors a hostile proxy or server could send.</summary>
public sealed class HostileServerTests
{
    private const string Password = "pa/ss+word:9876-secret";

    [Theory]
    [InlineData("Code: 516. DB::Exception: wrong password pa/ss+word:9876-secret (AUTHENTICATION_FAILED)")]
    [InlineData("Code: 516. DB::Exception: request ?password=pa%2Fss%2Bword%3A9876-secret refused")]
    [InlineData("{\"exception\": \"Code: 516. password pa\\/ss+word:9876-secret\"}")]
    public async Task A_password_the_server_echoes_in_any_form_is_masked_in_the_error(string answer)
    {
        await using var server = await StubApiServer.StartAsync(500, answer, "text/plain");

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => Client(server).ExecuteAsync("SELECT 1", CancellationToken.None));

        Assert.DoesNotContain("9876-secret", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ss%2Bword", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("pa/s***cret", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escape_codes_in_a_server_error_are_shown_not_kept()
    {
        await using var server = await StubApiServer.StartAsync(500, "Code: 999. DB::Exception: \u001b[2J\u001b[31mFAKE\u009b1m\u202e (UNKNOWN)", "text/plain");

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => Client(server).ExecuteAsync("SELECT 1", CancellationToken.None));

        Assert.Equal(999, error.ErrorCode);
        Assert.Equal(@"\x1B[2J\x1B[31mFAKE\x9B1m\u202E (UNKNOWN)", error.ServerMessage);
        Assert.DoesNotContain('\u001b', error.Message);
    }

    private static ClickHouseHttpClient Client(StubApiServer server)
    {
        var options = new ClickHouseConnectionOptions { Host = "127.0.0.1", Port = server.Port, User = "etl_writer", Password = Password };
        return new ClickHouseHttpClient(ClickHouseHttpClient.CreateHttpClient(options), options);
    }
}
