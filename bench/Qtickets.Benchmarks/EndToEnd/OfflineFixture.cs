using System.Net.Http.Headers;
using System.Text.Json;
using Qtickets.Simulator;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// Saves the simulator's events and orders as the files <c>--offline-fixtures-dir</c> reads (<c>{"data": [...]}</c>),
/// a page of 1,000 records at a time, so the benchmark never holds the whole file.
/// </summary>
internal static class OfflineFixture
{
    private const int PageSize = 1_000;

    public static async Task<long> WriteAsync(SimulatorServer simulator, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        using var http = new HttpClient { BaseAddress = simulator.RestBaseUri, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.Token);
        await SaveAsync(http, "events", Path.Combine(directory, "events.json"), cancellationToken).ConfigureAwait(false);
        await SaveAsync(http, "orders", Path.Combine(directory, "orders.json"), cancellationToken).ConfigureAwait(false);
        return new FileInfo(Path.Combine(directory, "orders.json")).Length;
    }

    private static async Task SaveAsync(HttpClient http, string endpoint, string path, CancellationToken cancellationToken)
    {
        var file = File.Create(path);
        await using (file.ConfigureAwait(false))
        {
            var json = new Utf8JsonWriter(file);
            await using (json.ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteStartArray("data");
                long written = 0;
                for (var page = 1; ; page++)
                {
                    using var answer = await ReadPageAsync(http, endpoint, page, cancellationToken).ConfigureAwait(false);
                    var records = answer.RootElement.GetProperty("data");
                    foreach (var record in records.EnumerateArray())
                    {
                        record.WriteTo(json);
                        written++;
                    }

                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    if (records.GetArrayLength() == 0 || written >= answer.RootElement.GetProperty("paging").GetProperty("total").GetInt64())
                    {
                        break;
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
        }
    }

    private static async Task<JsonDocument> ReadPageAsync(HttpClient http, string endpoint, int page, CancellationToken cancellationToken)
    {
        var body = await http.GetStreamAsync(new Uri($"{endpoint}?page={page}&per_page={PageSize}", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
