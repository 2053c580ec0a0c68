using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Configuration;

namespace Qtickets.Cli.Webhooks;

/// <summary>What an order applier is built from in <c>qtickets listen</c>: the validated settings, the writer's ClickHouse client, logs and the clock.</summary>
public sealed record OrderApplierContext(ListenerSettings Settings, IClickHouseClient ClickHouse, ILoggerFactory Logs, TimeProvider Time);
