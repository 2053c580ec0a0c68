namespace Qtickets.Api.Tests.Support;

/// <summary>An <see cref="IProgress{T}"/> that records synchronously (unlike <see cref="Progress{T}"/>, which posts).</summary>
internal sealed class RecordingProgress<T> : IProgress<T>
{
    private readonly List<T> _reports = [];

    public IReadOnlyList<T> Reports => _reports;

    public void Report(T value) => _reports.Add(value);
}
