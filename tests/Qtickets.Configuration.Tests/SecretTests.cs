namespace Qtickets.Configuration.Tests;

public sealed class SecretTests
{
    [Fact]
    public void A_long_secret_shows_only_its_first_and_last_four_characters()
    {
        Assert.Equal("abcd***wxyz", new Secret("abcdefghijklmnopqrstuvwxyz").ToString());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("fifteen-chars!!")]
    public void A_short_secret_shows_nothing(string value)
    {
        Assert.Equal("***", Secret.Of(value));
    }

    [Fact]
    public void Record_printing_does_not_leak_the_value()
    {
        var printed = $"{new Secret("abcdSUPERSECRETVALUEwxyz")}";

        Assert.DoesNotContain("SUPERSECRET", printed, StringComparison.Ordinal);
    }
}
