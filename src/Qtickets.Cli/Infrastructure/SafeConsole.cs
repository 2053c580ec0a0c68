using Qtickets.Security;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// The console every command writes to, made safe as one sink: whatever is rendered has its control characters
/// shown instead of obeyed (<see cref="OutsideText"/>: an event name or an API error carrying <c>ESC[2J</c> cannot
/// clear the operator's screen) and every known secret masked (<see cref="SecretRedactor"/>). Spectre's own control
/// codes (cursor moves of a progress display) pass untouched. Text that was cleaned may be wider than the layout
/// Spectre measured for it, so a table row holding hostile text can come out a little ragged: that is the price.
/// </summary>
public sealed class SafeConsole(IAnsiConsole inner, SecretRedactor redactor) : IAnsiConsole
{
    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => inner.Input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    /// <summary>A safe console over <paramref name="console"/> that masks <paramref name="redactor"/>'s secrets too.</summary>
    public static SafeConsole Over(IAnsiConsole console, SecretRedactor? redactor = null) =>
        new(console is SafeConsole safe ? safe.Inner : console, redactor ?? SecretRedactor.None);

    private IAnsiConsole Inner => inner;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(new SafeRenderable(renderable, redactor));

    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    private sealed class SafeRenderable(IRenderable renderable, SecretRedactor redactor) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => renderable.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            renderable.Render(options, maxWidth).Select(Clean);

        private Segment Clean(Segment segment)
        {
            if (segment.IsControlCode || segment.IsLineBreak)
            {
                return segment;
            }

            var text = redactor.Redact(OutsideText.KeepingLines(segment.Text));
            return ReferenceEquals(text, segment.Text) || text == segment.Text ? segment : new Segment(text, segment.Style, segment.Link);
        }
    }
}
