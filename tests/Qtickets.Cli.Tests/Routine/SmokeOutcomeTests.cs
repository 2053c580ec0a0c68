using Qtickets.Cli.Routine;
using Qtickets.Processes;

namespace Qtickets.Cli.Tests.Routine;

public sealed class SmokeOutcomeTests
{
    private static readonly DatabaseSnapshot Before = new("zakaz",
    [
        new TableFingerprint("meta_job_runs", 3, "AB", 7),
        new TableFingerprint("stg_qtickets_api_orders_raw", 10, "CD", 4),
    ]);

    [Fact]
    public void Identical_snapshots_and_a_clean_exit_that_said_nothing_was_written_pass()
    {
        var outcome = CreateSut(Before with { }, "stub mode: nothing written");

        Assert.True(outcome.Passed);
        Assert.Contains("all 2 tables of zakaz are exactly as before", outcome.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_whose_last_insert_block_moved_fails_the_smoke_and_is_named()
    {
        var after = Before with { Tables = [Before.Tables[0] with { LastBlock = 8 }, Before.Tables[1]] };

        var outcome = CreateSut(after, "stub mode: nothing written");

        Assert.False(outcome.Passed);
        Assert.Equal(["meta_job_runs"], outcome.ChangedTables);
        Assert.Equal("the dry run changed meta_job_runs", outcome.Verdict);
    }

    [Fact]
    public void A_table_that_appeared_is_a_change()
    {
        var after = Before with { Tables = [.. Before.Tables, new TableFingerprint("extra", 0, "00", null)] };

        Assert.Equal(["extra"], CreateSut(after, "nothing written").ChangedTables);
    }

    [Fact]
    public void A_loader_that_did_not_say_nothing_was_written_fails()
    {
        Assert.False(CreateSut(Before, "loaded 10 orders").Passed);
    }

    private static SmokeOutcome CreateSut(DatabaseSnapshot after, string logLine) =>
        new(Before, after, new ChildCommand("dotnet", ["qtickets.dll", "run", "--dry-run"]),
            new ChildProcessResult(0, [], [logLine], TimeSpan.FromSeconds(1)));
}
