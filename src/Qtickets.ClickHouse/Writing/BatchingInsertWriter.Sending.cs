using Microsoft.Extensions.Logging;

namespace Qtickets.ClickHouse.Writing;

public sealed partial class BatchingInsertWriter<T>
{
    private async Task SendWithRetriesAsync(List<T> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _client.InsertAsync(Table, batch, _abort.Token).ConfigureAwait(false);
                Interlocked.Add(ref _rowsWritten, batch.Count);
                Interlocked.Increment(ref _batchesWritten);
                return;
            }
            catch (ClickHouseException ex) when (ex.IsTransient && attempt <= _options.MaxRetries)
            {
                var delay = _options.RetryDelay(attempt);
                _logger.LogWarning(ex, "Insert of {Rows} rows into {Table} failed (attempt {Attempt}); retrying in {DelayMs} ms",
                    batch.Count, Table, attempt, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, _abort.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !_abort.IsCancellationRequested)
            {
                Fail(batch.Count, attempt, ex);
                return;
            }
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
