using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;

namespace Qtickets.Api.Http;

/// <summary>
/// The documented form of a query is <c>GET</c> with the query as a JSON body; a tenant may fail it. When GET still
/// fails after its retries, ONE <c>POST</c> with the same body is tried (its answer is not retried), and if it
/// answers, POST is used from then on (and <c>switched</c> is told). Concurrent requests failing together wait for the
/// first one's verdict, so the POST is tried once; when it failed, every request throws <c>bothFailed</c> of the two
/// failures. Statuses in <c>final</c> (the token refused, nothing there) never fall back.
/// </summary>
internal sealed class PostFallback(
    string what,
    IReadOnlySet<int> final,
    ILogger logger,
    Func<QticketsApiException, QticketsApiException, QticketsApiException> bothFailed,
    Action<QticketsApiException>? switched = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _usePost;
    private QticketsApiException? _postFailure;

    /// <param name="send">Sends the request with the method given, retried or as one attempt.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<T> SendAsync<T>(Func<HttpMethod, bool, CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        if (_usePost)
        {
            return await send(HttpMethod.Post, true, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await send(HttpMethod.Get, true, cancellationToken).ConfigureAwait(false);
        }
        catch (QticketsApiException getFailure) when (getFailure.StatusCode is not { } status || !final.Contains(status))
        {
            return await FallBackAsync(send, getFailure, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<T> FallBackAsync<T>(Func<HttpMethod, bool, CancellationToken, Task<T>> send, QticketsApiException getFailure, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_usePost)
            {
                return await send(HttpMethod.Post, true, cancellationToken).ConfigureAwait(false);
            }

            if (_postFailure is not null)
            {
                throw bothFailed(getFailure, _postFailure);
            }

            logger.LogWarning("QTickets GET {What} failed ({Failure}); trying POST once with the same query", what, getFailure.Message);
            try
            {
                var answer = await send(HttpMethod.Post, false, cancellationToken).ConfigureAwait(false);
                _usePost = true;
                logger.LogWarning("QTickets POST {What} answered: used instead of GET from now on", what);
                switched?.Invoke(getFailure);
                return answer;
            }
            catch (QticketsApiException postFailure)
            {
                _postFailure = postFailure;
                throw bothFailed(getFailure, postFailure);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
