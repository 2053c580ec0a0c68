using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>UTM tags of an order, any subset, with or without the <c>utm_</c> prefix.</summary>
internal sealed record UtmJson
{
    [JsonPropertyName("utm_source")]
    public string? UtmSource { get; init; }

    [JsonPropertyName("utm_medium")]
    public string? UtmMedium { get; init; }

    [JsonPropertyName("utm_campaign")]
    public string? UtmCampaign { get; init; }

    [JsonPropertyName("utm_content")]
    public string? UtmContent { get; init; }

    [JsonPropertyName("utm_term")]
    public string? UtmTerm { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("medium")]
    public string? Medium { get; init; }

    [JsonPropertyName("campaign")]
    public string? Campaign { get; init; }

    [JsonPropertyName("content")]
    public string? Content { get; init; }

    [JsonPropertyName("term")]
    public string? Term { get; init; }
}
