using System.Globalization;
using System.Text;

namespace Qtickets.ClickHouse.Sql;

/// <summary>
/// SQL literals for values that must be written into query text (ClickHouse 18.16 has no query parameters).
/// Strings are quoted and escaped by ClickHouse's own rules (backslash escapes), so no value can end the literal;
/// numbers and dates use the invariant culture whatever the machine's culture.
/// </summary>
public static class SqlLiteral
{
    public const string Null = "NULL";

    /// <summary>A quoted string literal: <c>'</c> and <c>\</c> escaped, control characters as escapes.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return Null;
        }

        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            AppendEscaped(builder, c);
        }

        return builder.Append('\'').ToString();
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Float64 literal; NaN and infinities use ClickHouse's names.</summary>
    public static string Number(double value) => value switch
    {
        double.NaN => "nan",
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    public static string Bool(bool value) => value ? "1" : "0";

    /// <summary>A <c>Date</c> literal: <c>toDate('2025-01-31')</c>.</summary>
    public static string Date(DateOnly value) =>
        $"toDate('{value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}')";

    /// <summary>
    /// A <c>DateTime</c> literal of the wall-clock value as written (no time-zone conversion):
    /// <c>toDateTime('2025-01-31 18:30:00')</c>, read in the server's time zone (Europe/Moscow here).
    /// </summary>
    public static string DateTime(DateTime value) =>
        $"toDateTime('{value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}')";

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\\': builder.Append(@"\\"); break;
            case '\'': builder.Append(@"\'"); break;
            case '\n': builder.Append(@"\n"); break;
            case '\r': builder.Append(@"\r"); break;
            case '\t': builder.Append(@"\t"); break;
            case '\0': builder.Append(@"\0"); break;
            case '\b': builder.Append(@"\b"); break;
            case '\f': builder.Append(@"\f"); break;
            default:
                if (char.IsControl(c) && c < 0x80)
                {
                    builder.Append(@"\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }

                break;
        }
    }
}
