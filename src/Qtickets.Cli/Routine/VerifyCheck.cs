namespace Qtickets.Cli.Routine;

/// <summary>One line of the report's checks table: what was checked, the value it must have, the value measured.</summary>
public sealed record VerifyCheck(string Check, string Expected, string Actual, bool Passed)
{
    /// <summary>A check that passes when the measured value is exactly the expected one.</summary>
    public static VerifyCheck Equal(string check, string expected, string actual) => new(check, expected, actual, expected == actual);

    public static VerifyCheck Equal(string check, long expected, long actual) =>
        Equal(check, expected.ToString(System.Globalization.CultureInfo.InvariantCulture), actual.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
