using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Local;

namespace Qtickets.Faults.Tests.Support;

/// <summary>Where a test's loader writes: a server, its accounts and the database (<see cref="LocalClickHouseConnection.Database"/>), with an admin client in that database for checks.</summary>
internal sealed record ClickHouseTarget(LocalClickHouseConnection Connection, IClickHouseClient Admin);
