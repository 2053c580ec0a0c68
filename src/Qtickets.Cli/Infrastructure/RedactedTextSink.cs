using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Qtickets.Cli.Infrastructure;

/// <summary>Formats each event onto a (redacting) text writer; one event per line.</summary>
public sealed class RedactedTextSink(ITextFormatter formatter, TextWriter writer) : ILogEventSink, IDisposable
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }

    public void Dispose() => writer.Flush();
}
