using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Qtickets.Security.Tests;

public sealed class SecretRedactorTests
{
    private const string Token = "HOSTILE-TOKEN/abcdefghijklmnop/9876";
    private const string Fingerprint = "HOST***9876";

    private static SecretRedactor CreateSut(params string?[] secrets) => new(secrets);

    public static TheoryData<string, string> FormsOfTheToken() => new()
    {
        { "as is", Token },
        { "PHP JSON, slash as \\/", """HOSTILE-TOKEN\/abcdefghijklmnop\/9876""" },
        { "JSON \\u002F", """HOSTILE-TOKEN\u002Fabcdefghijklmnop\u002f9876""" },
        { "JSON \\u of every character", string.Concat(Token.Select(c => $"\\u{(int)c:x4}")) },
        { "JSON escaped twice", """HOSTILE-TOKEN\\\/abcdefghijklmnop\\\/9876""" },
        { "System.Text.Json's own escaping", JsonSerializer.Serialize(Token, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }).Trim('"') },
        { "URL-encoded, upper case", Uri.EscapeDataString(Token) },
        { "URL-encoded, lower case", WebUtility.UrlEncode(Token).ToLowerInvariant().Replace("hostile-token", "HOSTILE-TOKEN", StringComparison.Ordinal) },
        { "URL-encoded twice", Uri.EscapeDataString(Uri.EscapeDataString(Token)) },
        { "HTML references", "HOSTILE-TOKEN&#47;abcdefghijklmnop&#x2f;9876" },
        { "mixed", """HOSTILE%2DTOKEN\/abc\u0064efghijklmnop%2f9876""" },
    };

    [Theory]
    [MemberData(nameof(FormsOfTheToken))]
    public void Every_form_a_server_can_echo_the_token_in_is_masked(string form, string echoed)
    {
        var redacted = CreateSut(Token).Redact($"{{\"info\":{{\"received_header\":\"Bearer {echoed}\"}}}}");

        Assert.True(!redacted.Contains("abcdefghijklmnop", StringComparison.Ordinal) && !redacted.Contains("efghijklmnop", StringComparison.Ordinal), $"{form}: {redacted}");
        Assert.Equal($"{{\"info\":{{\"received_header\":\"Bearer {Fingerprint}\"}}}}", redacted);
    }

    [Fact]
    public void A_secret_with_a_space_is_masked_in_its_form_encoded_shape_and_with_the_space_collapsed()
    {
        const string password = "correct horse battery staple";
        var sut = CreateSut(password);

        Assert.Equal("p=corr***aple&x", sut.Redact("p=correct+horse+battery+staple&x"));
        Assert.Equal("[corr***aple]", sut.Redact("[correct   horse battery\nstaple]"));
    }

    [Fact]
    public void A_non_ascii_secret_is_masked_in_its_utf8_percent_and_json_forms()
    {
        const string password = "пароль-секрет-2024";
        var sut = CreateSut(password);

        Assert.DoesNotContain("%D1%81%D0%B5", sut.Redact(Uri.EscapeDataString(password)), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("паро***2024", sut.Redact(JsonSerializer.Serialize(password).Trim('"')));
    }

    [Theory]
    [InlineData("…")]
    [InlineData("...")]
    public void A_preview_cut_inside_the_secret_masks_the_cut_off_start(string ellipsis)
    {
        var sut = CreateSut(Token);

        Assert.Equal($"Bearer ***{ellipsis}", sut.Redact($"Bearer HOSTILE-TOKEN\\/abcdefgh{ellipsis}"));
        Assert.Equal($"Bearer ***{ellipsis}", sut.Redact($"Bearer HOSTILE-TOKEN\\u00{ellipsis}"));
        Assert.Equal($"Bearer ***{ellipsis}", sut.Redact($"Bearer HOSTILE-TOKEN%2{ellipsis}"));
    }

    [Fact]
    public void Text_that_only_ends_like_the_start_of_a_secret_inside_a_word_is_left_alone()
    {
        Assert.Equal("all fine…", CreateSut("e-very-long-secret-value").Redact("all fine…"));
    }

    [Fact]
    public void A_short_secret_is_masked_where_it_stands_alone_but_not_inside_words()
    {
        var sut = CreateSut("t");

        Assert.Equal("Connection failed for password ***, retrying", sut.Redact("Connection failed for password t, retrying"));
        Assert.Equal("key=***&a=***", sut.Redact("key=t&a=%74"));
    }

    [Fact]
    public void A_short_secret_after_an_escape_still_counts_as_standing_alone()
    {
        Assert.Equal("\\n*** %0A***", CreateSut("pass1").Redact("\\npass1 %0Apass1"));
    }

    [Fact]
    public void A_secret_of_eight_characters_or_more_is_masked_even_inside_a_word()
    {
        Assert.Equal("xx***yy", CreateSut("S3cretV4").Redact("xxS3cretV4yy"));
    }

    [Fact]
    public void Of_two_secrets_where_one_contains_the_other_the_longer_is_masked_whole()
    {
        var sut = CreateSut("secret-part", "the-secret-part-and-more");

        Assert.Equal("the-***more and ***", sut.Redact("the-secret-part-and-more and secret-part"));
    }

    [Fact]
    public void Empty_and_missing_secrets_mask_nothing()
    {
        var sut = CreateSut(null, string.Empty);

        Assert.Equal("nothing (empty) here", sut.Redact("nothing (empty) here"));
        Assert.Null(sut.RedactOrNull(null));
    }

    [Fact]
    public void Redacting_is_fast_enough_for_every_log_line()
    {
        var sut = CreateSut(Token, "etl-writer-password-0123456789", "admin-password-abcdefghij", "reader-password-zyxwvu", "partners-token-0000");
        var line = string.Concat(Enumerable.Repeat("{\"@t\":\"2025-11-03T09:15:02.123Z\",\"@m\":\"orders: page 17 of 2466, 50 records\"}", 4));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 2_000; i++)
        {
            _ = sut.Redact(line);
        }

        // 2,000 lines of 300 characters with five secrets: a run logs far fewer.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString("c", CultureInfo.InvariantCulture));
    }
}
