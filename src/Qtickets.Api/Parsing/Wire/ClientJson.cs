using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>The buyer embedded in an order (personal data); name and phone sit in <c>details</c> or at the top.</summary>
internal sealed record ClientJson
{
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("surname")]
    public string? Surname { get; init; }

    [JsonPropertyName("middlename")]
    public string? Middlename { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    [JsonPropertyName("details")]
    [JsonConverter(typeof(PhpObjectConverter<ClientJson>))]
    public ClientJson? Details { get; init; }
}
