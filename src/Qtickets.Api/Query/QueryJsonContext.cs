using System.Text.Json.Serialization;

namespace Qtickets.Api.Query;

/// <summary>
/// Source-generated metadata of the query object: snake-case members, nulls left out (an operator that is the API's
/// default <c>=</c>, the value of <c>null</c>), and the values a condition holds (whole numbers and text).
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QueryJson))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class QueryJsonContext : JsonSerializerContext;
