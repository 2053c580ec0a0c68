using System.Globalization;
using System.Text;
using Qtickets.Api.Time;
using Qtickets.Security;

namespace Qtickets.Cli.Routine;

/// <summary>
/// The Markdown report of the routine: verdict, Moscow time, versions, where the load came from and what became of
/// its data; every step with outcome and duration; one checks table (check, expected, actual, result); the schema's
/// objects with engine and rows; every operator-routine test by name; each step's command lines and log excerpt.
/// Text that may have come from outside (what a step's commands printed, an error of the API or of ClickHouse, a test's
/// message, a server version) goes through <see cref="OutsideText"/>: a terminal escape or a bidirectional override
/// in it is shown, never obeyed by whoever reads the report with <c>cat</c> or in an editor.
/// </summary>
public static class VerifyReportWriter
{
    public static string Render(VerifyReport report)
    {
        var md = new StringBuilder();
        Header(md, report);
        Steps(md, report);
        Checks(md, report);
        Objects(md, report);
        Tests(md, report);
        Logs(md, report);
        return md.ToString();
    }

    private static void Header(StringBuilder md, VerifyReport report)
    {
        var moscow = MoscowTime.ToWallClock(report.StartedAt);
        var offset = moscow - report.StartedAt.UtcDateTime;
        Line(md, "# qtickets verify: stack reset and verify");
        Line(md);
        Line(md, $"- verdict: **{report.Verdict.ToString().ToUpperInvariant()}**: {Outside(report.VerdictReason)}");
        Line(md, Invariant($"- started: {moscow:yyyy-MM-dd HH:mm:ss} Moscow time (UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}), took {report.Duration.TotalSeconds:F1} s"));
        Line(md, $"- versions: {report.ProgramVersion}; ClickHouse {Outside(report.ServerVersion ?? "unknown (unreachable)")} at {report.Endpoint}, database `{report.Database}`");
        Line(md, $"- loaded from: {Outside(report.LoadSource)}");
        Line(md, $"- loaded data: {Outside(report.DataNote)}");
        Line(md);
    }

    private static void Steps(StringBuilder md, VerifyReport report)
    {
        Table(md, "Steps", ["#", "step", "outcome", "duration", "summary"], report.Steps.Select(s => new[]
        {
            s.Number.ToString(CultureInfo.InvariantCulture), s.Title, Outcome(s.Outcome), Invariant($"{s.Duration.TotalSeconds:F1} s"), s.Summary,
        }));
    }

    private static void Checks(StringBuilder md, VerifyReport report)
    {
        Table(md, "Checks", ["step", "check", "expected", "actual", "result"], report.Steps.SelectMany(s => s.Checks.Select(c => new[]
        {
            s.Name, c.Check, c.Expected, c.Actual, c.Passed ? "passed" : "**FAILED**",
        })));
    }

    private static void Objects(StringBuilder md, VerifyReport report)
    {
        Table(md, "Schema objects after the bootstrap", ["object", "kind", "defined in", "engine", "rows"], report.Objects.Select(o => new[]
        {
            $"`{o.Name}`", o.Kind, o.Script ?? "-", o.Engine ?? "**missing**", o.Rows?.ToString(CultureInfo.InvariantCulture) ?? "-",
        }));
    }

    private static void Tests(StringBuilder md, VerifyReport report)
    {
        Table(md, "Operator-routine tests", ["test", "outcome", "duration"], report.Tests.Select(t => new[]
        {
            t.Name, t.Passed ? t.Outcome : $"**{t.Outcome}**", Invariant($"{t.Duration.TotalMilliseconds:F0} ms"),
        }));
    }

    private static void Logs(StringBuilder md, VerifyReport report)
    {
        Line(md, "## Commands and logs");
        foreach (var step in report.Steps)
        {
            Line(md);
            Line(md, Invariant($"### {step.Number}. {step.Name}: {Outcome(step.Outcome)} ({step.Duration.TotalSeconds:F1} s)"));
            Line(md);
            foreach (var command in step.Commands)
            {
                Line(md, Invariant($"- `{Outside(command.CommandLine)}` exited {command.ExitCode} after {command.Duration.TotalSeconds:F1} s"));
            }

            if (step.Log.Count > 0)
            {
                Line(md);
                Line(md, "```text");
                step.Log.ToList().ForEach(l => Line(md, Outside(l).Replace("```", "'''", StringComparison.Ordinal)));
                Line(md, "```");
            }
        }
    }

    private static void Table(StringBuilder md, string title, string[] headers, IEnumerable<string[]> rows)
    {
        Line(md, $"## {title}");
        Line(md);
        Line(md, $"| {string.Join(" | ", headers)} |");
        Line(md, $"|{string.Concat(headers.Select(_ => " --- |"))}");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            Line(md, $"| {string.Join(" | ", row.Select(Cell))} |");
        }

        if (!any)
        {
            Line(md, $"| (none) |{string.Concat(headers.Skip(1).Select(_ => " |"))}");
        }

        Line(md);
    }

    private static string Outcome(StepOutcome outcome) => outcome == StepOutcome.Failed ? "**FAILED**" : VerifyReport.Describe(outcome);

    /// <summary>One table cell: one line (line breaks become spaces), controls shown, a pipe escaped.</summary>
    private static string Cell(string text) => Outside(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>One line of text that may have come from outside, with every control character shown instead of obeyed.</summary>
    private static string Outside(string text) => OutsideText.OneLine(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
