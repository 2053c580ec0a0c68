using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>One record of a show's barcode list as the API sends it. Settable: see <see cref="OrderJson"/>.</summary>
internal sealed record BarcodeJson
{
    [JsonPropertyName("barcode")]
    public string? Barcode { get; set; }

    [JsonPropertyName("show_id")]
    public ApiValue<decimal> ShowId { get; set; }

    [JsonPropertyName("price")]
    public ApiValue<decimal> Price { get; set; }



    [JsonPropertyName("order_id")]
    public ApiValue<decimal> OrderId { get; set; }


    [JsonPropertyName("checked_at")]
    public ApiValue<DateTimeOffset> CheckedAt { get; set; }
}
