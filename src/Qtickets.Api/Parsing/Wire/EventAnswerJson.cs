using System.Text.Json.Serialization;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>The answer of <c>GET /events/{id}</c>: <c>{"data": {event}}</c>.</summary>
internal sealed record EventAnswerJson
{
    [JsonConverter(typeof(PhpObjectConverter<Event>))]
    public Event? Data { get; set; }
}
