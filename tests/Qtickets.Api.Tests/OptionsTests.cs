namespace Qtickets.Api.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Validate_reports_every_problem_at_once_naming_each_setting()
    {
        var options = new QticketsClientOptions
        {
            BaseUri = new Uri("ftp://example.org/"),
            Token = " ",
            MaxRetries = -1,
            MaxConcurrency = 0,
            RequestedPageSize = 5000,
            BaseDelay = TimeSpan.FromSeconds(5),
            MaxDelay = TimeSpan.FromSeconds(1),
        };

        var errors = options.Validate();

        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("BaseUri", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Token", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("MaxRetries", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("MaxConcurrency", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("RequestedPageSize", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("MaxDelay", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_are_valid_once_base_and_token_are_given()
    {
        var options = new QticketsClientOptions { BaseUri = new Uri("http://127.0.0.1:1/api/rest/v1/"), Token = "t" };

        Assert.Empty(options.Validate());
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        Assert.Equal(4, options.MaxRetries);
        Assert.Equal(4, options.MaxConcurrency);
        Assert.Equal(200, options.RequestedPageSize);
    }

    [Fact]
    public void The_client_refuses_invalid_options_listing_the_problems()
    {
        var error = Assert.Throws<ArgumentException>(() => new QticketsClient(new HttpClient(), new QticketsClientOptions()));

        Assert.Contains("BaseUri", error.Message, StringComparison.Ordinal);
        Assert.Contains("Token", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qt-live-token-7f3a9c2e51b84d06", "qt-l***4d06")]
    [InlineData("0123456789abcdef", "0123***cdef")]
    [InlineData("0123456789abcde", "***")]
    [InlineData("x", "***")]
    [InlineData("", "(empty)")]
    [InlineData(null, "(empty)")]
    public void SecretFingerprint_shows_at_most_the_ends_of_long_secrets(string? secret, string expected)
    {
        Assert.Equal(expected, SecretFingerprint.Of(secret));
    }
}
