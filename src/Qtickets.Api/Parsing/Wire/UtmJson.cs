namespace Qtickets.Api.Parsing.Wire;

/// <summary>UTM tags of an order, any subset, with or without the <c>utm_</c> prefix.</summary>
internal sealed record UtmJson
{
    public string? UtmSource { get; set; }

    public string? UtmMedium { get; set; }

    public string? UtmCampaign { get; set; }

    public string? UtmContent { get; set; }

    public string? UtmTerm { get; set; }

    public string? Source { get; set; }

    public string? Medium { get; set; }

    public string? Campaign { get; set; }

    public string? Content { get; set; }

    public string? Term { get; set; }
}
