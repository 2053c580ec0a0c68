using Qtickets.ClickHouse.Sql;
using Qtickets.ClickHouse.Testing;

namespace Qtickets.ClickHouse.Tests.Sql;

/// <summary>The server reads every escaped literal back as exactly the original text.</summary>
public sealed class SqlLiteralRoundTripTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    public static TheoryData<string> NastyStrings =>
    [
        "O'Brien",
        @"C:\path\to\file",
        "' OR 1=1 --",
        "x'); DROP DATABASE zakaz; --",
        @"\'; SELECT 1; --",
        "line1\nline2\r\nline3",
        "tab\tnul\0bell\u0007escape\u001b",
        "Москва — 日本語 ✓ 🎫",
        "trailing backslash\\",
        "/* not a comment */ -- nor this",
    ];

    [Theory]
    [MemberData(nameof(NastyStrings))]
    public async Task Escaped_string_reads_back_unchanged(string value)
    {
        var read = await clickHouse.CreateReaderClient().QueryScalarAsync<string>($"SELECT {SqlLiteral.String(value)} AS s", CancellationToken.None);

        Assert.Equal(value, read);
    }

    [Fact]
    public async Task Dates_and_numbers_read_back_unchanged()
    {
        var row = Assert.Single(await clickHouse.CreateReaderClient().QueryAsync<Values>(
            $"SELECT {SqlLiteral.Date(new DateOnly(2025, 2, 28))} AS day, {SqlLiteral.DateTime(new DateTime(2025, 2, 28, 23, 59, 58))} AS moment, " +
            $"{SqlLiteral.Number(1234.5)} AS amount, {SqlLiteral.Number(long.MinValue + 1)} AS big",
            CancellationToken.None));

        Assert.Equal(new Values(new DateOnly(2025, 2, 28), new DateTime(2025, 2, 28, 23, 59, 58), 1234.5, long.MinValue + 1), row);
    }

    private sealed record Values(DateOnly Day, DateTime Moment, double Amount, long Big);
}
