using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Qtickets.ClickHouse;

public sealed partial class ClickHouseHttpClient
{
    private async Task<TResult> SendAsync<TResult>(string operation, HttpContent content, string? urlQuery,
        Func<HttpResponseMessage, CancellationToken, Task<TResult>> readAnswer, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = _time.GetTimestamp();
        try
        {
            using var request = CreateRequest(content, urlQuery);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token)
                .ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
                throw ClickHouseException.FromAnswer(Options.Endpoint, (int)response.StatusCode, Redact(ClickHouseServerError.Parse(body)), operation);
            }

            var result = await readAnswer(response, linked.Token).ConfigureAwait(false);
            LogDone(operation, _time.GetElapsedTime(started));
            return result;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ClickHouseException.Timeout(Options.Endpoint, Options.RequestTimeout, operation, ex);
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            // The HttpClient's own Timeout fired (a caller-supplied client may have one).
            throw ClickHouseException.Timeout(Options.Endpoint, _http.Timeout, operation, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            RethrowRowSourceFailure(content);
            throw ClickHouseException.Unreachable(Options.Endpoint, operation, ex);
        }
        finally
        {
            content.Dispose();
        }
    }

    private HttpRequestMessage CreateRequest(HttpContent content, string? urlQuery)
    {
        var query = new StringBuilder("?database=").Append(Uri.EscapeDataString(Options.Database));
        if (urlQuery is not null)
        {
            query.Append("&query=").Append(Uri.EscapeDataString(urlQuery));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Options.BaseUri, query.ToString())) { Content = content };
        request.Headers.TryAddWithoutValidation("X-ClickHouse-User", Options.User);
        if (Options.Password.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("X-ClickHouse-Key", Options.Password);
        }

        return request;
    }

    private async Task<IReadOnlyList<T>> ReadRowsAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var streamDisposal = stream.ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<T>();
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (ClickHouseServerError.TryParseLine(line) is not null)
            {
                // The server failed after it had sent the headers (and maybe some rows): the error text ends the body.
                throw await MidStreamErrorAsync(response, line, reader, "a query", cancellationToken).ConfigureAwait(false);
            }

            rows.Add(JsonSerializer.Deserialize<T>(line, _json)!);
        }

        return rows;
    }

    private async Task DrainAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        // Read to the end (so the connection can be reused) and look for an error sent after a 200 status line:
        // a statement that streams output fails that way when the server gives up midway.
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var streamDisposal = stream.ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (ClickHouseServerError.TryParseLine(line) is not null)
            {
                throw await MidStreamErrorAsync(response, line, reader, operation, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<ClickHouseException> MidStreamErrorAsync(HttpResponseMessage response, string line, StreamReader reader,
        string operation, CancellationToken cancellationToken)
    {
        var rest = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var error = Redact(ClickHouseServerError.Parse(line + "\n" + rest));
        return ClickHouseException.FromAnswer(Options.Endpoint, (int)response.StatusCode, error, operation);
    }

    /// <summary>A server that echoes the password (in any form) shows its fingerprint instead.</summary>
    private ClickHouseServerError Redact(ClickHouseServerError error) => error with { Message = _redactor.Redact(error.Message) };

    private static void RethrowRowSourceFailure(HttpContent content)
    {
        // When enumerating or serialising the caller's rows failed, that failure is the real one, not the aborted request.
        if (content is IRowSourceContent { Failure: { } failure })
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private void LogDone(string operation, TimeSpan elapsed)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug("ClickHouse {Endpoint}: {Operation} done in {ElapsedMs} ms", Options.Endpoint, operation,
                (long)elapsed.TotalMilliseconds);
        }
    }
}
