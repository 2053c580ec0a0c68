using System.Globalization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// One member of an API record as read (number, flag or timestamp): absent, null, a value, or invalid with a
/// short preview of what was there. Reading never fails; the data contract decides what an invalid value means.
/// </summary>
internal readonly record struct ApiValue<T>(ApiValueState State, T Value, string? Raw)
    where T : struct
{
    /// <summary>Previews of invalid values are cut here: a hostile value may be megabytes long.</summary>
    public const int PreviewLength = 40;

    public bool IsOk => State == ApiValueState.Ok;

    public bool HasNoValue => State is ApiValueState.Absent or ApiValueState.Null;

    public T? OrNull => State == ApiValueState.Ok ? Value : null;

    public static ApiValue<T> Of(T value) => new(ApiValueState.Ok, value, null);

    public static ApiValue<T> None => new(ApiValueState.Null, default, null);

    public static ApiValue<T> Invalid(string raw) => new(ApiValueState.Invalid, default, Preview(raw));

    /// <summary>The value as a rejection message shows it: quoted text, or the raw token.</summary>
    public string Describe() => State switch
    {
        ApiValueState.Ok => Convert.ToString(Value, CultureInfo.InvariantCulture) ?? string.Empty,
        ApiValueState.Invalid => Raw ?? "?",
        ApiValueState.Null => "null",
        _ => "missing",
    };

    /// <summary>Cut short, its control characters shown rather than obeyed: the value came from outside.</summary>
    private static string Preview(string raw) =>
        OutsideText.OneLine(raw.Length > PreviewLength ? string.Concat(raw.AsSpan(0, PreviewLength), "...") : raw);
}
