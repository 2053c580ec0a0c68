using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>The buyer embedded in an order (personal data); name and phone sit in <c>details</c> or at the top.</summary>
internal sealed record ClientJson
{
    public string? Email { get; set; }

    public string? Name { get; set; }

    public string? Surname { get; set; }

    public string? Middlename { get; set; }

    public string? Phone { get; set; }

    [JsonConverter(typeof(PhpObjectConverter<ClientJson>))]
    public ClientJson? Details { get; set; }
}
