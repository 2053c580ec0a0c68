using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.Cli.Routine;

/// <summary>Step 1 of the routine: drop the stack's database and create it empty (the bootstrap fills it).</summary>
public sealed class StackReset(IClickHouseClient admin, string database)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var name = SqlIdentifier.Quote(database);
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {name}", cancellationToken).ConfigureAwait(false);
        await admin.ExecuteAsync($"CREATE DATABASE {name}", cancellationToken).ConfigureAwait(false);
    }
}
