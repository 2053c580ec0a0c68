using System.Collections.Concurrent;
using Qtickets.Api.Orders;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Support;

/// <summary>A run observer that acts at chosen moments of a run: when a stage starts, after the N-th page of orders.</summary>
internal sealed class ScriptedObserver : IRunObserver
{
    private readonly ConcurrentDictionary<string, Action> _onStage = new(StringComparer.Ordinal);
    private Action? _afterPagesAction;
    private int _afterPages = int.MaxValue;
    private int _fired;

    public ScriptedObserver OnStage(string stage, Action action)
    {
        _onStage[stage] = action;
        return this;
    }

    public ScriptedObserver AfterOrderPages(int pages, Action action)
    {
        _afterPages = pages;
        _afterPagesAction = action;
        return this;
    }

    public void StageStarted(string stage)
    {
        if (_onStage.TryRemove(stage, out var action))
        {
            action();
        }
    }

    public void OrdersProgress(OrderFetchProgress progress)
    {
        if (progress.PagesFetched >= _afterPages && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            _afterPagesAction?.Invoke();
        }
    }

    public void StageCompleted(string stage, long rows)
    {
    }
}
