using System.Globalization;
using System.Text;
using Qtickets.Api.Errors;
using Qtickets.Api.Models;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Parsing;

/// <summary>
/// A large tenant's show has tens of thousands of barcodes (megabytes of JSON): they are read from the answer's bytes
/// and handed on in short lists, whatever the answer's size or shape.
/// </summary>
public sealed class BarcodeStreamingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_long_list_arrives_whole_in_order_in_short_lists(bool declaredLength)
    {
        const int count = 12_345;
        var json = BareArray(count);
        Assert.True(json.Length > 2 * 1024 * 1024, "the answer must be longer than the largest pooled buffer");
        var handler = new StubHttpMessageHandler(_ => Answer(json, declaredLength));
        var received = new List<Barcode>();
        var listSizes = new List<int>();

        var result = await TestClient.Create(handler).StreamBarcodesAsync(70, (barcodes, _) =>
        {
            listSizes.Add(barcodes.Count);
            received.AddRange(barcodes);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, count).Select(Code), received.Select(b => b.Value));
        Assert.All(received, b => Assert.Equal(70, b.ShowId));
        Assert.All(listSizes, size => Assert.InRange(size, 1, QticketsClient.BarcodeChunkSize));
        Assert.Equal((count + QticketsClient.BarcodeChunkSize - 1) / QticketsClient.BarcodeChunkSize, listSizes.Count);
        Assert.Empty(result.Skipped);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("""{"data":[{"barcode":"A1","price":100},{"price":1}],"paging":{"total":2}}""")]
    [InlineData("""{"status":"ok","data":{"first":{"barcode":"A1","price":100},"second":{"price":1}}}""")]
    public async Task A_list_under_data_as_array_or_php_object_is_read_too(string json)
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(json));
        var received = new List<Barcode>();

        var result = await TestClient.Create(handler).StreamBarcodesAsync(70, (barcodes, _) =>
        {
            received.AddRange(barcodes);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(("A1", 100m), (Assert.Single(received).Value, received[0].Price!.Value));
        Assert.Equal("missing barcode", Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public async Task A_truncated_list_is_retried_and_a_good_answer_then_counts_once()
    {
        var good = BareArray(3);
        var answers = new Queue<string>([good[..(good.Length / 2)], good]);
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(answers.Dequeue()));
        var received = new List<Barcode>();

        await TestClient.Create(handler).StreamBarcodesAsync(70, (barcodes, _) =>
        {
            received.AddRange(barcodes);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal([Code(0), Code(1), Code(2)], received.Select(b => b.Value));
    }

    [Fact]
    public async Task An_answer_without_a_list_fails_with_its_shape_and_hands_on_nothing()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"error":"Show not found"}"""));
        var handedOn = 0;

        var error = await Assert.ThrowsAsync<QticketsMalformedResponseException>(() => TestClient.Create(handler).StreamBarcodesAsync(70, (barcodes, _) =>
        {
            handedOn += barcodes.Count;
            return ValueTask.CompletedTask;
        }, CancellationToken.None));

        Assert.Contains("no 'data' list", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handedOn);
    }

    private static string Code(int index) => (1_000_000_000 + index).ToString(CultureInfo.InvariantCulture);

    private static string BareArray(int count)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $$"""{"barcode":"{{Code(i)}}","admission":false,"price":3300,"seat_name":"Партер: Ряд {{i / 30}}, Место {{i % 30}}",""")
                .Append("""  "zone_name":"Партер","client_name":"Сергей","client_surname":"Алексеев","client_middlename":"Сергеевич","checked_at":null}""");
        }

        return json.Append(']').ToString();
    }

    private static HttpResponseMessage Answer(string json, bool declaredLength)
    {
        var response = StubResponse.Json(json);
        if (!declaredLength)
        {
            response.Content.Headers.ContentLength = null; // as a chunked answer: the size is known only at the end
        }

        return response;
    }
}
