using Qtickets.Cli.Infrastructure;

namespace Qtickets.Cli.Tests.Infrastructure;

public sealed class LoggingSetupTests
{
    [Theory]
    [InlineData(null, false, LogFormat.Text)]
    [InlineData(null, true, LogFormat.Json)]
    [InlineData("json", false, LogFormat.Json)]
    [InlineData("TEXT", true, LogFormat.Text)]
    public void A_childs_log_is_text_on_a_terminal_and_json_when_redirected_unless_configured(string? configured, bool redirected, LogFormat expected)
    {
        Assert.Equal(expected, LoggingSetup.Choose(configured, redirected));
    }
}
