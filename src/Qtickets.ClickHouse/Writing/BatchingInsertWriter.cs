using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse.Writing;

/// <summary>
/// Streams rows into one table in batches, after Serilog's batching sink: rows go into a bounded queue (writers wait
/// when it is full), a single consumer sends a batch when it is full or <see cref="BatchingInsertOptions.FlushInterval"/>
/// after its first row, retries transient failures with exponential back-off (Polly), and drains the queue on
/// <see cref="CompleteAsync"/>. A batch that still fails stops the writer: the failure is thrown by the next
/// <see cref="WriteAsync"/>, by <see cref="CompleteAsync"/> and, if nobody saw it yet, by <see cref="DisposeAsync"/>.
/// </summary>
/// <remarks>
/// A retried batch may have been stored by the failed attempt, so the target should deduplicate
/// (ReplacingMergeTree on a row key, as every staging and fact table of the schema does).
/// </remarks>
public sealed partial class BatchingInsertWriter<T> : IAsyncDisposable
{
    private readonly IClickHouseClient _client;
    private readonly BatchingInsertOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<T> _queue;
    private readonly CancellationTokenSource _abort = new();
    private readonly ResiliencePipeline _retries;
    private readonly Task _consumer;
    private long _rowsWritten;
    private int _sendingRows; // rows of the batch in flight, for the retry log; only the single consumer touches it
    private long _batchesWritten;
    private volatile ClickHouseBatchWriteException? _failure;
    private volatile bool _failureObserved;

    public BatchingInsertWriter(IClickHouseClient client, string table, BatchingInsertOptions? options = null,
        TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        Table = SqlIdentifier.ValidateTable(table);
        _options = options ?? new BatchingInsertOptions();
        if (_options.Validate() is { Count: > 0 } errors)
        {
            throw new ClickHouseConfigurationException(errors);
        }

        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _retries = BuildRetries();
        _queue = Channel.CreateBounded<T>(new BoundedChannelOptions(_options.QueueLimit)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _consumer = Task.Run(ConsumeAsync);
    }

    public string Table { get; }

    public long RowsWritten => Interlocked.Read(ref _rowsWritten);

    public long BatchesWritten => Interlocked.Read(ref _batchesWritten);

    /// <summary>Queues one row; waits while the queue is full. Throws the writer's failure once it has one.</summary>
    public async ValueTask WriteAsync(T row, CancellationToken cancellationToken)
    {
        ThrowIfFailed();
        try
        {
            await _queue.Writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException ex)
        {
            ThrowIfFailed();
            throw new InvalidOperationException($"the writer for {Table} was already completed", ex);
        }
    }

    /// <summary>Accepts no more rows, sends everything queued and waits for it; throws the writer's failure, if any.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        try
        {
            await _consumer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller gave up waiting: stop the in-flight insert too instead of leaving it running unobserved.
            await _abort.CancelAsync().ConfigureAwait(false);
            throw;
        }

        ThrowIfFailed();
    }

    /// <summary>Drains like <see cref="CompleteAsync"/>; throws a failure only if no earlier call reported it.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _consumer.ConfigureAwait(false);
        _abort.Dispose();
        if (!_failureObserved)
        {
            ThrowIfFailed();
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            _failureObserved = true;
            throw failure;
        }
    }

    private async Task ConsumeAsync()
    {
        var batch = new List<T>(_options.BatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(_abort.Token).ConfigureAwait(false))
            {
                await FillAsync(batch).ConfigureAwait(false);
                await SendWithRetriesAsync(batch).ConfigureAwait(false);
                batch.Clear();
                if (_failure is not null)
                {
                    return; // a failed writer sends nothing more; the queued rows are reported lost through the failure
                }
            }
        }
        catch (OperationCanceledException ex) when (_abort.IsCancellationRequested)
        {
            Fail(batch.Count, 0, ex);
        }
    }

    private async Task FillAsync(List<T> batch)
    {
        // Invariant: a row waits at most FlushInterval (counted from the first row of its batch) before it is sent.
        using var deadline = new CancellationTokenSource(_options.FlushInterval, _time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, _abort.Token);
        while (true)
        {
            while (batch.Count < _options.BatchSize && _queue.Reader.TryRead(out var row))
            {
                batch.Add(row);
            }

            if (batch.Count >= _options.BatchSize)
            {
                return;
            }

            try
            {
                if (!await _queue.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                {
                    return; // completed: send what there is
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !_abort.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
