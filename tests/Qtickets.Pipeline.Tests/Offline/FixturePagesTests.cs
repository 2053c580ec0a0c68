using System.Text.Json;
using Qtickets.Pipeline.Offline;
using Qtickets.TestUtilities;

namespace Qtickets.Pipeline.Tests.Offline;

/// <summary>The pages an offline run reads: slices of the file in ascending id order, read like a socket.</summary>
public sealed class FixturePagesTests : IDisposable
{
    private readonly TempDirectory _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Fact]
    public async Task Orders_are_served_50_a_page_in_ascending_id_order_with_the_file_total()
    {
        // Written in descending order with spaces and nested objects: the page must still be ids 51..100, as saved.
        var orders = Enumerable.Range(1, 120).Reverse().Select(id => $$"""{ "id": {{id}}, "baskets": [ { "id": {{id * 10}} } ] }""");
        WriteFixtures("[" + string.Join(" ,\n", orders) + "]");
        using var client = Client();

        using var page = JsonDocument.Parse(await client.GetStringAsync(new Uri("orders?page=2", UriKind.Relative)));

        var ids = page.RootElement.GetProperty("data").EnumerateArray().Select(o => o.GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(51, 50), ids);
        Assert.Equal(120, page.RootElement.GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(520, page.RootElement.GetProperty("data")[1].GetProperty("baskets")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_page_read_a_byte_at_a_time_is_the_same_json_as_read_at_once()
    {
        WriteFixtures("[" + string.Join(",", Enumerable.Range(1, 60).Select(id => $$"""{"id":{{id}},"name":"«{{id}}»"}""")) + "]");
        using var client = Client();
        var whole = await client.GetByteArrayAsync(new Uri("orders?page=2", UriKind.Relative));

        using var answer = await client.GetAsync(new Uri("orders?page=2", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await answer.Content.ReadAsStreamAsync();
        var bytes = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            bytes.Add(one[0]);
        }

        Assert.Equal(whole, bytes.ToArray());
        using var page = JsonDocument.Parse(whole);
        Assert.Equal("«60»", page.RootElement.GetProperty("data")[9].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_page_past_the_last_is_empty_with_the_total()
    {
        WriteFixtures("""{"data":[{"id":1}]}""");
        using var client = Client();

        using var page = JsonDocument.Parse(await client.GetStringAsync(new Uri("orders?page=3", UriKind.Relative)));

        Assert.Equal(0, page.RootElement.GetProperty("data").GetArrayLength());
        Assert.Equal(1, page.RootElement.GetProperty("paging").GetProperty("total").GetInt32());
    }

    private void WriteFixtures(string orders)
    {
        _fixtures.Write("events.json", "[]");
        _fixtures.Write("orders.json", orders);
    }

    private HttpClient Client() =>
        new(new FixtureHttpHandler(_fixtures.Path)) { BaseAddress = new Uri("http://offline.fixtures/api/rest/v1/") };
}
