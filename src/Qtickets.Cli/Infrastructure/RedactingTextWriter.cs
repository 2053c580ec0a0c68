using System.Text;
using Qtickets.Security;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// The one sink of every log line: passes whole lines to an inner writer after masking secrets (in every form they
/// can take, <see cref="SecretRedactor"/>) and showing control characters instead of writing them
/// (<see cref="OutsideText"/>: text logs carry API and ClickHouse texts as they came). Buffering per line matters: a
/// secret split across two Write calls would otherwise escape the redactor.
/// </summary>
public sealed class RedactingTextWriter(TextWriter inner, SecretRedactor redactor) : TextWriter
{
    private readonly StringBuilder _line = new();
    private readonly Lock _gate = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_gate)
        {
            _line.Append(value);
            if (value == '\n')
            {
                FlushLine();
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_gate)
        {
            _line.Append(value);
            if (value.Contains('\n'))
            {
                FlushLine();
            }
        }
    }

    public override void Flush()
    {
        lock (_gate)
        {
            FlushLine();
            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void FlushLine()
    {
        if (_line.Length == 0)
        {
            return;
        }

        inner.Write(OutsideText.KeepingLines(redactor.Redact(_line.ToString())));
        _line.Clear();
    }
}
