using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>The buyer embedded in an order (personal data); name and phone sit in <c>details</c> or at the top.</summary>
internal sealed record ClientJson
{
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("surname")]
    public string? Surname { get; set; }

    [JsonPropertyName("middlename")]
    public string? Middlename { get; set; }

    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    [JsonPropertyName("details")]
    [JsonConverter(typeof(PhpObjectConverter<ClientJson>))]
    public ClientJson? Details { get; set; }
}
