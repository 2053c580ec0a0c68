using System.Globalization;
using System.Text.RegularExpressions;
using Qtickets.ClickHouse.Schema;

namespace Qtickets.Cli.Tests.Commands;

[Collection(PublishingCollection.Name)]
public sealed class VerifyHealthyTreeTests(HealthyVerifyRun verify) : IClassFixture<HealthyVerifyRun>
{
    private string Report => verify.Report;

    [Fact]
    public void Every_step_runs_for_real_passes_and_the_verdict_is_PASSED_with_exit_0()
    {
        Assert.True(verify.Run.ExitCode == 0, verify.Run.All + Report);
        Assert.Contains("- verdict: **PASSED**: every step ran and passed", Report, StringComparison.Ordinal);
        Assert.Equal(["reset", "bootstrap", "smoke", "build", "load", "checks", "tests", "status", "cleanup"], VerifyReports.StepsPassed(Report));
    }

    [Fact]
    public void Every_object_the_schema_defines_is_listed_with_its_kind_file_and_engine()
    {
        Assert.All(SchemaCatalog.DefinedObjects(), o =>
            Assert.Matches($@"\| `{o.Name}` \| {o.Kind} \| {Regex.Escape(o.Script)} \| \w+ \| ", Report));
    }

    [Fact]
    public void The_load_ran_the_published_build_for_real_and_its_totals_match_the_independent_count()
    {
        Assert.Contains($"| build | version the published program prints | {ProgramVersion.Current.Version}+<commit of the sources> | {ProgramVersion.Current.Text} | passed |",
            Report, StringComparison.Ordinal);
        Assert.Contains("the published build loaded", Report, StringComparison.Ordinal);
        Assert.Matches(@"\| load \| `ok` rows of job qtickets_api in `meta_job_runs` \| 1 \| 1 \| passed \|", Report);
        var total = Regex.Match(Report, @"\| checks \| daily facts total \(`fact_qtickets_sales_daily FINAL`, roubles only\) \| (?<n>\d+) orders[^|]*\| \k<n> orders[^|]*\| passed \|");
        Assert.True(total.Success && int.Parse(total.Groups["n"].Value, CultureInfo.InvariantCulture) > 100, Report);
        Assert.Matches(@"\| checks \| \(day, city\) pairs where the staging differ from the count \| 0 of [1-9]\d* \| 0 of [1-9]\d* \| passed \|", Report);
        Assert.Matches(@"\| checks \| \(day, city\) pairs where the daily facts differ from the count \| 0 of [1-9]\d* \| 0 of [1-9]\d* \| passed \|", Report);
    }

    [Fact]
    public void Every_operator_routine_test_is_named_with_its_outcome()
    {
        foreach (var test in new[]
        {
            "DocumentedQueryTests.A_server_honouring_the_query_is_read_by_GET_alone",
            "DocumentedQueryTests.The_GET_for_orders_carries_the_paid_filter",
            "PostFallbackTests.A_GET_failing_after_its_retries_leads_to_exactly_one_POST",
            "RetryPolicyTests.Other_4xx_are_not_retried",
            "RetryPolicyTests.Retryable_statuses_are_retried_then_succeed",
            "StubModeTests.Stub_mode_makes_zero_calls",
        })
        {
            Assert.Matches($@"\| tests \| test Qtickets\.Api\.Tests\.[\w.]*{Regex.Escape(test)}[^|]* \| Passed \| Passed \| passed \|", Report);
        }
    }

    [Fact]
    public void No_simulated_data_stays_behind_and_the_report_says_so()
    {
        Assert.Equal(0, verify.JobRunsAfter);
        Assert.Equal(0, verify.OrdersAfter);
        Assert.Contains("the simulated load went into", Report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_is_in_Moscow_time_with_the_versions_and_no_secret_appears()
    {
        Assert.Matches(@"- started: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d Moscow time \(UTC\+03:00\)", Report);
        Assert.Matches($@"- versions: qtickets [\d.]+ \(commit [0-9a-f]+\), \.NET {Regex.Escape(Environment.Version.ToString())}; ClickHouse \d+\.\d+", Report);
        Assert.DoesNotContain(verify.AdminPassword, Report, StringComparison.Ordinal);
        Assert.DoesNotContain(verify.WriterPassword, Report, StringComparison.Ordinal);
    }
}
