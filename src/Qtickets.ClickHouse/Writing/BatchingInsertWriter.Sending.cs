using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Qtickets.ClickHouse.Writing;

public sealed partial class BatchingInsertWriter<T>
{
    /// <summary>
    /// Retries of one insert: transient ClickHouse failures (<see cref="ClickHouseException.IsTransient"/>) only, up to
    /// <see cref="BatchingInsertOptions.MaxRetries"/> times, after the delays of
    /// <see cref="BatchingInsertOptions.RetryDelay"/> counted on the writer's clock.
    /// </summary>
    private ResiliencePipeline BuildRetries()
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = _time };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _options.MaxRetries,
                ShouldHandle = new PredicateBuilder().Handle<ClickHouseException>(ex => ex.IsTransient),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(_options.RetryDelay(args.AttemptNumber + 1)),
                OnRetry = args =>
                {
                    _logger.LogWarning(args.Outcome.Exception, "Insert of {Rows} rows into {Table} failed (attempt {Attempt}); retrying in {DelayMs} ms",
                        _sendingRows, Table, args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        return builder.Build();
    }

    private async Task SendWithRetriesAsync(List<T> batch)
    {
        var attempts = 0;
        _sendingRows = batch.Count;
        try
        {
            await _retries.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    await _client.InsertAsync(Table, batch, token).ConfigureAwait(false);
                },
                _abort.Token).ConfigureAwait(false);
            Interlocked.Add(ref _rowsWritten, batch.Count);
            Interlocked.Increment(ref _batchesWritten);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_abort.IsCancellationRequested)
        {
            Fail(batch.Count, attempts, ex);
        }
    }

    private void Fail(int batchRows, int attempts, Exception ex)
    {
        var failure = new ClickHouseBatchWriteException(Table, batchRows, attempts, RowsWritten, ex);
        _logger.LogError(ex, "Insert of {Rows} rows into {Table} failed for good after {Attempts} attempt(s)", batchRows, Table, attempts);
        _failure = failure;

        // Writers waiting for room in the queue wake up with the failure instead of waiting forever.
        _queue.Writer.TryComplete(failure);
    }
}
