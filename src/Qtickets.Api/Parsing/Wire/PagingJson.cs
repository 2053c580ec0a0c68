using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>The <c>paging</c> member of a list answer (camel case, snake case accepted too).</summary>
internal sealed record PagingJson
{
    [JsonPropertyName("perPage")]
    public ApiValue<decimal> PerPage { get; set; }

    [JsonPropertyName("per_page")]
    public ApiValue<decimal> PerPageSnake { get; set; }

    [JsonPropertyName("currentPage")]
    public ApiValue<decimal> CurrentPage { get; set; }

    [JsonPropertyName("current_page")]
    public ApiValue<decimal> CurrentPageSnake { get; set; }

    [JsonPropertyName("total")]
    public ApiValue<decimal> Total { get; set; }
}
