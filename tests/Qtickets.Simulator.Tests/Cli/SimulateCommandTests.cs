using System.Net.Http.Headers;
using Qtickets.Cli;
using Qtickets.Cli.Infrastructure;
using Qtickets.Processes;
using Qtickets.Simulator.Tests.Support;
using Spectre.Console;

namespace Qtickets.Simulator.Tests.Cli;

/// <summary><c>qtickets simulate</c> end to end: arguments in, exit code and output out.</summary>
public sealed class SimulateCommandTests
{
    [Theory]
    [InlineData("--error-rate", "1.5", "--error-rate")]
    [InlineData("--port", "70000", "--port")]
    [InlineData("--port", "abc", "--port: 'abc' is not a whole number")]
    [InlineData("--reset-every", "-1", "--reset-every")]
    public async Task A_bad_value_exits_2_with_a_message_naming_it(string flag, string value, string expected)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });

        // Usage problems go to standard error: one console for both streams here.
        var exitCode = await QticketsApp.RunAsync(["simulate", flag, value], console, console);

        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_until_terminated_after_printing_the_lines_scripts_parse()
    {
        await using var process = StartCli("simulate", "--port", "0", "--orders", "100", "--events", "3", "--token", "cli-token");
        var lines = await ReadUntilAsync(process, "press Ctrl+C");
        var rest = new Uri(Value(lines, "listening"));
        Assert.Equal("cli-token", Value(lines, "token"));
        Assert.StartsWith("http://127.0.0.1:", Value(lines, "partners"), StringComparison.Ordinal);

        using var client = new HttpClient { BaseAddress = rest };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cli-token");
        using var response = await client.GetAsync("events");
        Assert.True(response.IsSuccessStatusCode);

        Assert.True(process.Terminate());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var result = await process.WaitAsync(timeout.Token);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Fact]
    public async Task With_webhook_flags_it_announces_them_and_posts_signed_webhooks_of_live_sales_until_terminated()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var process = StartCli(
            "simulate", "--port", "0", "--orders", "100", "--events", "3", "--live-sales-per-minute", "600",
            "--webhook-url", receiver.Url.ToString(), "--webhook-secret", "cli-webhook-secret-42", "--webhook-retry-scale", "0.001");
        var lines = await ReadUntilAsync(process, "press Ctrl+C");
        var received = await receiver.WaitForAsync(2);

        Assert.Equal($"{receiver.Url} secret cli-***t-42 retry-scale 0.001", Value(lines, "webhooks"));
        Assert.Equal("600 per minute", Value(lines, "live-sales"));
        Assert.All(received, w => Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA1.HashData("cli-webhook-secret-42"u8, w.Body)), w.Header("X-Signature")));
        Assert.True(process.Terminate());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var result = await process.WaitAsync(timeout.Token);
        var rest = string.Join('\n', result.Output.Skip(lines.Count));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("webhooks queued ", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("cli-webhook-secret-42", string.Join('\n', lines) + rest, StringComparison.Ordinal);
    }

    private static RunningChild StartCli(params string[] arguments) => ChildProcess.Start(QticketsProcess.Command(arguments), TimeProvider.System);

    /// <summary>Standard output up to the first line that starts with <paramref name="last"/>.</summary>
    private static async Task<List<string>> ReadUntilAsync(RunningChild process, string last)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        if (await process.WaitForOutputAsync(l => l.StartsWith(last, StringComparison.Ordinal), timeout.Token) is null)
        {
            throw new InvalidOperationException("the simulator ended early: " + string.Join(" | ", process.OutputSoFar) + string.Join('\n', process.LogSoFar));
        }

        var lines = process.OutputSoFar.ToList();
        return lines[..(lines.FindIndex(l => l.StartsWith(last, StringComparison.Ordinal)) + 1)];
    }

    private static string Value(List<string> lines, string key) =>
        lines.Single(l => l.StartsWith(key + " ", StringComparison.Ordinal))[(key.Length + 1)..];
}
