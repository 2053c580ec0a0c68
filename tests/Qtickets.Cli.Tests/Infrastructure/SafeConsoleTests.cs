using Qtickets.Cli.Infrastructure;
using Qtickets.Security;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Qtickets.Cli.Tests.Infrastructure;

public sealed class SafeConsoleTests
{
    private const string Token = "HOSTILE-TOKEN/abcdefghijklmnop/9876";

    private static (TestConsole Inner, SafeConsole Sut) CreateSut()
    {
        var inner = new TestConsole().Width(200);
        return (inner, SafeConsole.Over(inner, new SecretRedactor(Token)));
    }

    [Fact]
    public void Escape_codes_in_a_table_cell_are_shown_not_written()
    {
        var (inner, sut) = CreateSut();

        sut.Write(new Table().AddColumn("event").AddRow(Markup.Escape("\u001b[2J\u001b[31mFAKE ALERT\u202e")));

        Assert.Contains(@"\x1B[2J\x1B[31mFAKE ALERT\u202E", inner.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', inner.Output);
        Assert.DoesNotContain('\u202e', inner.Output);
    }

    [Fact]
    public void A_secret_in_any_form_is_masked_in_what_is_written()
    {
        var (inner, sut) = CreateSut();

        sut.MarkupLine(Markup.Escape("preview: {\"h\":\"Bearer HOSTILE-TOKEN\\/abcdefghijklmnop\\/9876\"}"));

        Assert.Contains("Bearer HOST***9876", inner.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijklmnop", inner.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_and_ordinary_text_pass_unchanged()
    {
        var (inner, sut) = CreateSut();

        sut.WriteLine("Москва: 1 200 билетов");
        sut.WriteLine("second line");

        Assert.Equal("Москва: 1 200 билетов\nsecond line\n", inner.Output);
    }

    [Fact]
    public void Wrapping_a_safe_console_again_does_not_stack_another_layer()
    {
        var (_, sut) = CreateSut();

        var again = SafeConsole.Over(sut);

        Assert.Same(sut.Profile, again.Profile);
    }
}
