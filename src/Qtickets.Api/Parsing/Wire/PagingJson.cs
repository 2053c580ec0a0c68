using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>The <c>paging</c> member of a list answer (camel case, snake case accepted too).</summary>
internal sealed record PagingJson
{
    [JsonPropertyName("perPage")]
    public ApiValue<decimal> PerPage { get; init; }

    [JsonPropertyName("per_page")]
    public ApiValue<decimal> PerPageSnake { get; init; }

    [JsonPropertyName("currentPage")]
    public ApiValue<decimal> CurrentPage { get; init; }

    [JsonPropertyName("current_page")]
    public ApiValue<decimal> CurrentPageSnake { get; init; }

    [JsonPropertyName("total")]
    public ApiValue<decimal> Total { get; init; }
}
