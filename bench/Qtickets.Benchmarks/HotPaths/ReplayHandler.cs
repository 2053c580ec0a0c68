using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>
/// Records every answer of the real server once and replays it from memory afterwards, so the hot-path benchmarks
/// run the client's whole pipeline (transport, parsing, answer checks, filtering) without a network or a server.
/// Keyed by method, path and query, and body: the same request always gets the same bytes.
/// </summary>
internal sealed class ReplayHandler(HttpMessageHandler server) : DelegatingHandler(server)
{
    private readonly ConcurrentDictionary<string, byte[]> _answers = new(StringComparer.Ordinal);
    private long _bytesServed;

    public bool Recording { get; set; } = true;

    public long BytesServed => Interlocked.Read(ref _bytesServed);

    /// <summary>The bodies recorded so far whose request (method, path and query, body) matches.</summary>
    public IReadOnlyList<byte[]> AnswersTo(Func<string, bool> request) =>
        [.. _answers.Where(answer => request(answer.Key)).Select(answer => answer.Value)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var key = $"{request.Method} {request.RequestUri?.PathAndQuery} {body}";
        if (!_answers.TryGetValue(key, out var bytes))
        {
            if (!Recording)
            {
                throw new InvalidOperationException($"no recorded answer for {key}");
            }

            using var forwarded = new HttpRequestMessage(request.Method, request.RequestUri);
            foreach (var header in request.Headers)
            {
                forwarded.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            if (body.Length > 0)
            {
                forwarded.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            }

            using var answer = await base.SendAsync(forwarded, cancellationToken).ConfigureAwait(false);
            answer.EnsureSuccessStatusCode();
            bytes = await answer.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            _answers[key] = bytes;
        }

        Interlocked.Add(ref _bytesServed, bytes.Length);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
