using System.Text.Json;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>
/// The members of an error answer: the REST API's <c>{"error", "status", "code", "info"}</c> (or <c>message</c>) and
/// the Partners API's <c>{"status": "error", "code", "message"}</c>, which comes with HTTP 200. The texts come from
/// outside: <see cref="ShownText"/> and <see cref="ShownCode"/> show their control characters rather than keep them.
/// </summary>
internal sealed record ErrorJson
{
    public string? Status { get; set; }

    public string? Error { get; set; }

    public string? Message { get; set; }

    public string? Code { get; set; }

    public string? ShownText => Shown(Error ?? Message);

    public string? ShownCode => Shown(Code);

    /// <summary>The error members of a body; none when it is not a JSON object (an HTML page, an empty body).</summary>
    public static ErrorJson Of(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                ? JsonSerializer.Deserialize(ref reader, RecordJsonContext.Default.ErrorJson) ?? new()
                : new();
        }
        catch (JsonException)
        {
            return new();
        }
    }

    private static string? Shown(string? text) => text is null ? null : OutsideText.OneLine(text);
}
