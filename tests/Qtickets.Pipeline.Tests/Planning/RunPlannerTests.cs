using Microsoft.Extensions.Time.Testing;
using Qtickets.Pipeline.Planning;

namespace Qtickets.Pipeline.Tests.Planning;

public sealed class RunPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static RunPlanner CreateSut() => new(new FakeTimeProvider(Now));

    private static PlanningOptions Options(int sinceHours = 2, int backfill = 720, int fullScanHours = 24, bool force = false) =>
        new(sinceHours, backfill, fullScanHours, force);

    [Fact]
    public void The_first_run_backfills_the_initial_window_without_a_reconciliation()
    {
        var plan = CreateSut().Plan(PreviousRuns.None, Options());

        Assert.Equal(Now.AddHours(-720), plan.From);
        Assert.Equal(Now, plan.To);
        Assert.False(plan.FullScan);
        Assert.Equal(RunPlanReason.InitialBackfill, plan.Reason);
    }

    [Fact]
    public void Data_already_in_the_guard_table_means_no_initial_backfill_and_no_history_scan()
    {
        var plan = CreateSut().Plan(new PreviousRuns(null, null, DataPresent: true), Options(sinceHours: 2));

        Assert.Equal(Now.AddHours(-2), plan.From);
        Assert.Equal(RunPlanReason.SinceHours, plan.Reason);
    }

    [Fact]
    public void A_recent_previous_run_gives_the_since_hours_window()
    {
        var previous = new PreviousRuns(Now.AddMinutes(-15), Now.AddHours(-1));

        var plan = CreateSut().Plan(previous, Options(sinceHours: 2));

        Assert.Equal(Now.AddHours(-2), plan.From);
        Assert.Equal(RunPlanReason.SinceHours, plan.Reason);
        Assert.False(plan.FullScan);
    }

    [Fact]
    public void A_loader_that_was_down_for_a_day_catches_up_from_its_last_ok_run_minus_the_overlap()
    {
        var lastOk = Now.AddHours(-26);
        var previous = new PreviousRuns(lastOk, Now.AddHours(-20));

        var plan = CreateSut().Plan(previous, Options(sinceHours: 2));

        Assert.Equal(lastOk - RunPlanner.Overlap, plan.From);
        Assert.Equal(RunPlanReason.CatchUp, plan.Reason);
    }

    [Fact]
    public void A_reconciliation_is_due_when_the_last_full_scan_is_older_than_the_setting()
    {
        var previous = new PreviousRuns(Now.AddMinutes(-15), Now.AddHours(-25));

        Assert.True(CreateSut().Plan(previous, Options(fullScanHours: 24)).FullScan);
    }

    [Fact]
    public void A_reconciliation_is_due_when_there_never_was_a_full_scan()
    {
        var previous = new PreviousRuns(Now.AddMinutes(-15), null);

        Assert.True(CreateSut().Plan(previous, Options(fullScanHours: 24)).FullScan);
    }

    [Fact]
    public void Zero_full_scan_hours_switches_the_automatic_reconciliation_off()
    {
        var previous = new PreviousRuns(Now.AddMinutes(-15), null);

        Assert.False(CreateSut().Plan(previous, Options(fullScanHours: 0)).FullScan);
    }

    [Fact]
    public void The_full_scan_flag_forces_a_reconciliation_even_on_the_first_run()
    {
        Assert.True(CreateSut().Plan(PreviousRuns.None, Options(force: true)).FullScan);
    }
}
