using System.Text.Json.Serialization;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Models;

/// <summary>An event with its city (an object in the API, PHP's <c>[]</c> when it has none) and its shows.</summary>
public sealed record Event
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    [JsonConverter(typeof(PhpObjectConverter<City>))]
    public City? City { get; init; }

    [JsonConverter(typeof(ObjectListConverter<Show>))]
    public IReadOnlyList<Show> Shows { get; init; } = [];
}
