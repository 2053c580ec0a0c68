namespace Qtickets.Pipeline.Running;

/// <summary>A run failed; <see cref="Report"/> says how far it got and whether its error row was written.</summary>
public sealed class LoaderRunException(RunReport report, Exception inner)
    : Exception($"the run failed: {inner.Message}", inner)
{
    public RunReport Report { get; } = report;
}
