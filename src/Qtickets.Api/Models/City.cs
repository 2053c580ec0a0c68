namespace Qtickets.Api.Models;

/// <summary>The city of an event; <see cref="Timezone"/> is an IANA name such as <c>Europe/Moscow</c>.</summary>
public sealed record City(long? Id, string? Name, string? Timezone);
