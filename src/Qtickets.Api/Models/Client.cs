using System.Text.Json.Serialization;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Models;

/// <summary>A buyer of <c>/clients</c> (personal data); <see cref="RawJson"/> keeps the record as received.</summary>
public sealed record Client
{
    public long Id { get; init; }

    public string? Email { get; init; }

    [JsonConverter(typeof(PhpObjectConverter<ClientDetails>))]
    public ClientDetails? Details { get; init; }

    public string RawJson { get; init; } = string.Empty;
}
