using System.Globalization;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Paging;

public sealed class ClientStreamingTests
{
    private static StubHttpMessageHandler ThreePagesOfClients() => new(request =>
    {
        var page = int.Parse(request.Query("page")!, CultureInfo.InvariantCulture);
        var ids = Enumerable.Range(((page - 1) * 2) + 1, page < 3 ? 2 : 1);
        return StubResponse.Json(Some.Page(ids.Select(id => Some.Invariant($$"""{"id":{{id}},"email":"c{{id}}@example.com"}""")), 2, page, 5));
    });

    [Fact]
    public async Task Streamed_clients_arrive_page_by_page_in_order_and_are_not_kept()
    {
        var pages = new List<List<long>>();

        var result = await TestClient.Create(ThreePagesOfClients()).StreamClientsAsync((clients, _) =>
        {
            lock (pages)
            {
                pages.Add([.. clients.Select(c => c.Id)]);
            }

            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal([[1L, 2L], [3L, 4L], [5L]], pages);
        Assert.Empty(result.Items);
        Assert.Equal(3, result.PagesFetched);
        Assert.Equal(5, result.ReportedTotal);
    }

    [Fact]
    public async Task Catalogues_ask_for_large_pages()
    {
        var handler = ThreePagesOfClients();

        await TestClient.Create(handler).GetClientsAsync(CancellationToken.None);

        Assert.All(handler.Requests, r => Assert.Equal("1000", r.Query("per_page")));
    }
}
