using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Qtickets.Cli.Infrastructure;
using Qtickets.Pipeline.Running;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Cli.Tests.Infrastructure;

public sealed class LoggingRunObserverTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    private LoggingRunObserver CreateSut() => new(_logs.CreateLogger("qtickets.progress"), _time, Interval);

    private List<string> Shown => _logs.AtLeast(LogLevel.Information).Select(l => l.Message).ToList();

    [Fact]
    public void Inventory_progress_is_one_line_per_interval_and_the_last_show_always_shows()
    {
        var observer = CreateSut();

        for (var done = 1; done <= 900; done++)
        {
            observer.Progress(new StageProgress("inventory", done, 900, "shows", null));
            _time.Advance(TimeSpan.FromMilliseconds(10));
        }

        // 900 shows over 9 s: the first, one every 2 s after it, and the final one.
        Assert.Equal(
            ["inventory progress: 1/900 shows", "inventory progress: 201/900 shows", "inventory progress: 401/900 shows",
             "inventory progress: 601/900 shows", "inventory progress: 801/900 shows", "inventory progress: 900/900 shows"],
            Shown);
    }

    [Fact]
    public void A_stage_of_unknown_length_shows_its_held_back_last_line_when_it_completes()
    {
        var observer = CreateSut();
        observer.Progress(new StageProgress("clients", 1, null, "pages", 500));
        observer.Progress(new StageProgress("clients", 2, null, "pages", 1000));
        observer.Progress(new StageProgress("clients", 3, null, "pages", 1200));

        observer.StageCompleted("clients", 1200);

        Assert.Equal(["clients progress: 1 pages, 500 rows", "clients progress: 3 pages, 1200 rows"], Shown);
    }

    [Fact]
    public void Stages_side_by_side_are_throttled_each_on_its_own()
    {
        var observer = CreateSut();

        observer.Progress(new StageProgress("barcodes", 1, 10, "shows", 40));
        observer.Progress(new StageProgress("inventory", 1, 10, "shows", null));
        observer.Progress(new StageProgress("barcodes", 2, 10, "shows", 80));

        Assert.Equal(["barcodes progress: 1/10 shows, 40 rows", "inventory progress: 1/10 shows"], Shown);
    }

    [Fact]
    public void A_completed_stage_whose_last_line_was_shown_adds_no_line()
    {
        var observer = CreateSut();
        observer.Progress(new StageProgress("barcodes", 1, 1, "shows", 40));

        observer.StageCompleted("barcodes", 40);

        Assert.Equal(["barcodes progress: 1/1 shows, 40 rows"], Shown);
    }
}
