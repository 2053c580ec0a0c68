using System.Globalization;
using System.Text;

namespace Qtickets.Cli.Routine;

/// <summary>
/// The Markdown report of the routine (step 8): every step with outcome and duration, versions, the smoke output,
/// the table list, every SQL check with expected and actual values, and the definition-of-done checklist ticked
/// from what was measured, never from what was hoped.
/// </summary>
public static class VerifyReportWriter
{
    public static string Render(VerifyReport report)
    {
        var md = new StringBuilder();
        Line(md, "# qtickets: stack-reset-and-verify report");
        Line(md);
        Line(md, $"- started: {report.StartedAt:yyyy-MM-dd HH:mm:ss zzz}");
        Line(md, $"- verdict: **{(report.Passed ? "PASSED" : "FAILED")}**");
        Line(md, $"- loader: {report.LoaderVersion}");
        Line(md, $"- ClickHouse: {report.ClickHouseVersion ?? "unknown"} at {report.ClickHouseEndpoint}, database `{report.Database}`");
        Line(md);
        Steps(md, report);
        Checklist(md, report);
        Tables(md, report);
        Details(md, report);
        return md.ToString();
    }

    private static void Steps(StringBuilder md, VerifyReport report)
    {
        Line(md, "## Steps");
        Line(md);
        Line(md, "| # | step | outcome | duration | summary |");
        Line(md, "| --- | --- | --- | --- | --- |");
        foreach (var step in report.Steps)
        {
            Line(md, $"| {step.Number} | {step.Title} | {Outcome(step.Outcome)} | {step.Duration.TotalSeconds:F1} s | {Cell(step.Summary)} |");
        }

        Line(md, "| 8 | Markdown report | this file | | |");
        Line(md);
    }

    private static void Checklist(StringBuilder md, VerifyReport report)
    {
        Line(md, "## Definition of done");
        Line(md);
        Tick(md, report, 2, "the bootstrap created every required object and `meta_job_runs` is empty");
        Tick(md, report, 4, "smoke: the dry run exited 0 and `meta_job_runs` did not change");
        Tick(md, report, 5, "manual dry run: no exception, logged that nothing was written, staging and `meta_job_runs` still 0");
        Tick(md, report, 6, "the API client's GET path and POST fallback tests pass");
        Tick(md, report, 7, "live run: `meta_job_runs` gained an `ok` row and `fact_qtickets_sales_daily` has rows");
        Line(md);
    }

    private static void Tables(StringBuilder md, VerifyReport report)
    {
        Line(md, "## Tables after the bootstrap");
        Line(md);
        Line(md, "| object | engine | rows |");
        Line(md, "| --- | --- | --- |");
        foreach (var table in report.Tables)
        {
            Line(md, $"| `{table.Name}` | {table.Engine} | {table.Rows?.ToString(CultureInfo.InvariantCulture) ?? "-"} |");
        }

        Line(md);
    }

    private static void Details(StringBuilder md, VerifyReport report)
    {
        Line(md, "## Checks and output per step");
        foreach (var step in report.Steps.Where(s => s.Checks.Count > 0 || s.Output.Count > 0))
        {
            Line(md);
            Line(md, $"### {step.Number}. {step.Title}");
            Line(md);
            if (step.Checks.Count > 0)
            {
                Line(md, "| SQL | expected | actual | ok |");
                Line(md, "| --- | --- | --- | --- |");
                foreach (var check in step.Checks)
                {
                    Line(md, $"| `{Cell(check.Sql)}` | {Cell(check.Expected)} | {Cell(check.Actual)} | {(check.Passed ? "yes" : "**no**")} |");
                }

                Line(md);
            }

            if (step.Output.Count > 0)
            {
                Line(md, "```");
                foreach (var line in step.Output)
                {
                    Line(md, line);
                }

                Line(md, "```");
            }
        }
    }

    private static void Tick(StringBuilder md, VerifyReport report, int number, string text)
    {
        var step = report.Steps.FirstOrDefault(s => s.Number == number);
        var mark = step?.Outcome == StepOutcome.Passed ? "x" : " ";
        var note = step is null || step.Outcome == StepOutcome.Passed ? string.Empty : step.Outcome == StepOutcome.NotRun ? $" ({step.Summary})" : $" (FAILED: {step.Summary})";
        Line(md, $"- [{mark}] {text}{note}");
    }

    private static string Outcome(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Passed => "passed",
        StepOutcome.Failed => "**FAILED**",
        _ => "not run",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder md, FormattableString? text = null) =>
        md.Append(text?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append('\n');

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
