using Qtickets.Cli.Infrastructure;
using Qtickets.Security;

namespace Qtickets.Cli.Tests.Infrastructure;

/// <summary>The one sink of every log line.</summary>
public sealed class RedactingTextWriterTests
{
    [Fact]
    public void A_log_line_has_its_secrets_masked_in_every_form_and_its_control_characters_shown()
    {
        var output = new StringWriter();
        using var sut = new RedactingTextWriter(output, new SecretRedactor("HOSTILE-TOKEN/abcdefghijklmnop/9876"));

        sut.Write("2025-11-03 [ERR] qtickets: answered 400: \u001b[2J {\"h\":\"HOSTILE-TOKEN\\/abcdefghij");
        sut.Write("klmnop\\/9876\"}\n  at Stack.Frame()\r\n");
        sut.Flush();

        Assert.Equal("2025-11-03 [ERR] qtickets: answered 400: \\x1B[2J {\"h\":\"HOST***9876\"}\n  at Stack.Frame()\r\n", output.ToString());
    }

    [Fact]
    public void A_one_letter_password_does_not_cut_words_apart()
    {
        var output = new StringWriter();
        using var sut = new RedactingTextWriter(output, new SecretRedactor("t"));

        sut.Write("Connection to http://127.0.0.1 refused\n");
        sut.Flush();

        Assert.Equal("Connection to http://127.0.0.1 refused\n", output.ToString());
    }
}
