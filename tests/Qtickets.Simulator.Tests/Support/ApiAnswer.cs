using System.Net;
using System.Text;
using System.Text.Json;

namespace Qtickets.Simulator.Tests.Support;

public sealed record ApiAnswer(HttpStatusCode Status, TimeSpan? RetryAfter, string? MediaType, byte[] Bytes)
{
    public string Text => Encoding.UTF8.GetString(Bytes);

    public JsonDocument Json => JsonDocument.Parse(Bytes);

    public JsonElement Data => Json.RootElement.GetProperty("data");

    public int Total => Json.RootElement.GetProperty("paging").GetProperty("total").GetInt32();

    public int PerPage => Json.RootElement.GetProperty("paging").GetProperty("perPage").GetInt32();

    public List<long> Ids => [.. Data.EnumerateArray().Select(e => e.GetProperty("id").GetInt64())];

    public ApiAnswer EnsureOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"expected 200, got {(int)Status}: {Text[..Math.Min(Text.Length, 300)]}");
        return this;
    }
}
