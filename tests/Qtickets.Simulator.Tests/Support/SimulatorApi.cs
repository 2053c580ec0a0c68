using System.Text;
using System.Text.Json;

namespace Qtickets.Simulator.Tests.Support;

/// <summary>Thin HTTP helpers over one API base: GET with a JSON body, POST, DELETE with a body.</summary>
public sealed class SimulatorApi : IDisposable
{
    public SimulatorApi(HttpClient client)
    {
        Client = client;
    }

    public HttpClient Client { get; }

    public Task<ApiAnswer> GetAsync(string path, object? body = null) => SendAsync(HttpMethod.Get, path, body);

    public Task<ApiAnswer> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<ApiAnswer> DeleteAsync(string path, object? body = null) => SendAsync(HttpMethod.Delete, path, body);

    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new ApiAnswer(response.StatusCode, response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType, bytes);
    }

    /// <summary>Every page of a listing, following paging to the last page.</summary>
    public async Task<List<JsonElement>> GetAllAsync(string path, Func<int, object> bodyForPage)
    {
        var records = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = await GetAsync(path, bodyForPage(page));
            answer.EnsureOk();
            var root = answer.Json.RootElement;
            records.AddRange(root.GetProperty("data").EnumerateArray().Select(e => e.Clone()));
            var paging = root.GetProperty("paging");
            var pages = (paging.GetProperty("total").GetInt32() + paging.GetProperty("perPage").GetInt32() - 1) / paging.GetProperty("perPage").GetInt32();
            if (page >= pages)
            {
                return records;
            }
        }
    }

    public void Dispose() => Client.Dispose();
}
