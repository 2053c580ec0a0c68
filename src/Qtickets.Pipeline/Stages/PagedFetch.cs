using Qtickets.Api;

namespace Qtickets.Pipeline.Stages;

/// <summary>Reads a dataset, handing its records to <c>sink</c> as they arrive; returns counts and warnings.</summary>
internal delegate Task<ListResult<T>> PagedFetch<T>(Func<IReadOnlyList<T>, CancellationToken, ValueTask> sink, CancellationToken cancellationToken);
