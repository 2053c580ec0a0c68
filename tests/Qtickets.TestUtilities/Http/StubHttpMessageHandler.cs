using System.Collections.Concurrent;

namespace Qtickets.TestUtilities.Http;

/// <summary>
/// An <see cref="HttpMessageHandler"/> for unit tests under a real <see cref="HttpClient"/>: it records every
/// request (method, URI, headers, body) and answers from a script. Scripted answers queued with
/// <see cref="Enqueue(Func{RecordedRequest, HttpResponseMessage})"/> are used first, in order; after that the
/// fallback responder answers (by default 500, so an unexpected request fails the test visibly).
/// Thread-safe: concurrent requests are recorded in arrival order.
/// </summary>
public sealed class StubHttpMessageHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _fallback;
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>A handler answering 500 to anything not scripted.</summary>
    public StubHttpMessageHandler()
        : this(_ => StubResponse.Status(System.Net.HttpStatusCode.InternalServerError))
    {
    }

    /// <summary>A handler answering every request not scripted with <paramref name="fallback"/>.</summary>
    public StubHttpMessageHandler(Func<RecordedRequest, HttpResponseMessage> fallback)
        : this((request, _) => Task.FromResult(fallback(request)))
    {
    }

    /// <summary>A handler answering every request not scripted with the asynchronous <paramref name="fallback"/>.</summary>
    public StubHttpMessageHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> fallback)
    {
        _fallback = fallback;
    }

    /// <summary>Every request seen so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The largest number of requests that were being answered at the same time.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Queues the answer to the next unanswered request.</summary>
    public StubHttpMessageHandler Enqueue(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        _script.Enqueue((request, _) => Task.FromResult(respond(request)));
        return this;
    }

    /// <summary>Queues a fixed answer built fresh for the next unanswered request.</summary>
    public StubHttpMessageHandler Enqueue(Func<HttpResponseMessage> respond) => Enqueue(_ => respond());

    /// <summary>Queues an exception (for example <see cref="HttpRequestException"/>) thrown for the next request.</summary>
    public StubHttpMessageHandler EnqueueFailure(Func<Exception> failure)
    {
        _script.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(failure()));
        return this;
    }

    /// <summary>Queues an answer that never comes: the request waits until it is cancelled (a hung server).</summary>
    public StubHttpMessageHandler EnqueueHang()
    {
        _script.Enqueue(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = await RecordedRequest.CopyAsync(request, cancellationToken);
        _requests.Enqueue(recorded);
        var respond = _script.TryDequeue(out var scripted) ? scripted : _fallback;
        EnterRequest();
        try
        {
            var response = await respond(recorded, cancellationToken);
            response.RequestMessage = request;
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void EnterRequest()
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) &&
               Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }
    }
}
