using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;

namespace Qtickets.Api.Http;

/// <summary>
/// The documented form of a query is <c>GET</c> with the query as a JSON body; a tenant may fail it. When GET still
/// fails after its retries, ONE <c>POST</c> with the same body is tried (its answer is not retried), and if it
/// answers, POST is used from then on. Concurrent requests failing together wait for the first one's verdict, so
/// the POST is tried once. Statuses in <c>final</c> (the token refused, nothing there) never fall back.
/// </summary>
internal sealed class PostFallback(string what, IReadOnlySet<int> final, ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _usePost;
    private QticketsApiException? _postFailure;

    /// <param name="send">Sends the request with the method given, retried or as one attempt.</param>
    /// <param name="switched">Told once, when POST answered after GET failed.</param>
    /// <param name="bothFailed">The exception to throw when GET and POST both failed.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<T> SendAsync<T>(
        Func<HttpMethod, bool, CancellationToken, Task<T>> send,
        Action<QticketsApiException> switched,
        Func<QticketsApiException, QticketsApiException, QticketsApiException> bothFailed,
        CancellationToken cancellationToken)
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
            return await FallBackAsync(send, getFailure, switched, bothFailed, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<T> FallBackAsync<T>(
        Func<HttpMethod, bool, CancellationToken, Task<T>> send,
        QticketsApiException getFailure,
        Action<QticketsApiException> switched,
        Func<QticketsApiException, QticketsApiException, QticketsApiException> bothFailed,
        CancellationToken cancellationToken)
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
                switched(getFailure);
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
