using Qtickets.Cli.Routine;

namespace Qtickets.Cli.Tests.Routine;

/// <summary>What a step's commands printed comes from outside (an API, ClickHouse, a test): the report shows it, never obeys it.</summary>
public sealed class VerifyReportWriterTests
{
    private const string Escape = "\u001b[2J\u001b[31mFAKE ALERT";
    private const string ShownEscape = @"\x1B[2J\x1B[31mFAKE ALERT";

    private static VerifyReport CreateReport(VerifyStep step, IReadOnlyList<RoutineTestResult>? tests = null) => new(
        new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(3), "18.16.1", "http://127.0.0.1:8123/", "zakaz",
        "the QTickets simulator", "no load ran", [step], [], tests ?? []);

    [Fact]
    public void An_escape_sequence_in_a_steps_log_excerpt_is_shown_not_written_raw()
    {
        var step = VerifyStep.Because(StepOutcome.Failed, "reset failed") with
        {
            Number = 1, Name = "reset", Title = "Reset",
            Log = [$"error: ClickHouse said {Escape}", "a bidirectional override \u202Eevil"],
        };

        var report = VerifyReportWriter.Render(CreateReport(step));

        Assert.DoesNotContain('\u001b', report);
        Assert.DoesNotContain('\u202E', report);
        Assert.Contains($"error: ClickHouse said {ShownEscape}", report, StringComparison.Ordinal);
        Assert.Contains(@"a bidirectional override \u202Eevil", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escape_sequence_in_a_table_cell_is_shown_and_the_cell_stays_one_line()
    {
        var step = VerifyStep.Measured($"summary {Escape}", passed: false, [new VerifyCheck("answer", "ok", $"line one\r\n{Escape}", false)]) with
        {
            Number = 6, Name = "checks", Title = "Checks",
        };
        var test = new RoutineTestResult($"Tests.A_test_named_{Escape}", "Failed", TimeSpan.FromMilliseconds(5), null);

        var report = VerifyReportWriter.Render(CreateReport(step, [test]));

        Assert.DoesNotContain('\u001b', report);
        Assert.DoesNotContain('\r', report);
        Assert.Contains($"| checks | answer | ok | line one  {ShownEscape} | **FAILED** |", report, StringComparison.Ordinal);
        Assert.Contains($"| 6 | Checks | **FAILED** | 0.0 s | summary {ShownEscape} |", report, StringComparison.Ordinal);
        Assert.Contains($"| Tests.A_test_named_{ShownEscape} | **Failed** |", report, StringComparison.Ordinal);
    }
}
