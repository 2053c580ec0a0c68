using Microsoft.Extensions.Logging;
using Qtickets.Api;
using Qtickets.Api.Partners;
using Qtickets.ClickHouse;
using Qtickets.Configuration;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// Everything a <see cref="LoaderJob"/> talks to, built by <see cref="LoaderJobFactory"/> (or by tests).
/// <see cref="ClickHouse"/> is null in stub mode: a dry run never opens a connection.
/// </summary>
public sealed record LoaderJobContext(
    LoaderSettings Settings,
    QticketsClient Api,
    PartnersClient? Partners,
    IClickHouseClient? ClickHouse,
    TimeProvider Time,
    ILoggerFactory Logs,
    IRunObserver Observer);
