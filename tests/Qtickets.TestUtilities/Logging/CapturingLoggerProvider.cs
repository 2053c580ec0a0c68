using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Qtickets.TestUtilities.Logging;

/// <summary>
/// Records every log line at every level (Trace included), formatted, with the exception text, so tests can assert
/// on what an operator would read. Thread-safe.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogLine> _lines = new();

    /// <summary>Every line logged so far, in order.</summary>
    public IReadOnlyList<CapturedLogLine> Lines => [.. _lines];

    /// <summary>Lines at or above <paramref name="level"/>.</summary>
    public IReadOnlyList<CapturedLogLine> AtLeast(LogLevel level) => [.. _lines.Where(line => line.Level >= level)];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _lines);

    /// <summary>A logger of category <typeparamref name="T"/> writing into this provider.</summary>
    public ILogger<T> CreateLogger<T>() => new TypedLogger<T>(CreateLogger(typeof(T).FullName ?? typeof(T).Name));

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lines.Enqueue(new CapturedLogLine(category, logLevel, eventId, formatter(state, exception), exception?.ToString()));
        }
    }

    private sealed class TypedLogger<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
