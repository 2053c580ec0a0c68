using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse.Schema;

/// <summary>
/// Applies the schema files (<see cref="SchemaCatalog"/>) to one database idempotently and verifies the result.
/// Databases and tables are created when missing and never altered or dropped; a view or materialized view is
/// compared with the existing one (through a probe the server formats the same way) and replaced only when its
/// definition changed. Files that need SQL users and roles are skipped on servers without them, with the reason.
/// Running it twice in a row sends no DDL the second time except the short-lived view probes.
/// </summary>
/// <remarks>Needs an account allowed to run DDL (the admin account). Do not run the loader at the same time.</remarks>
public sealed partial class SchemaBootstrapper
{
    private const string ProbeSuffix = "__qtickets_probe";

    private readonly IClickHouseClient _server;
    private readonly SchemaBootstrapOptions _options;
    private readonly string _database;
    private readonly ILogger _logger;

    public SchemaBootstrapper(IClickHouseClient admin, SchemaBootstrapOptions options, ILogger<SchemaBootstrapper>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(options);
        _database = SqlIdentifier.Validate(options.Database, "database");
        _options = options;

        // Every statement names its database, so the session's database is one that always exists.
        _server = admin.WithDatabase("system");
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async Task<SchemaBootstrapResult> ApplyAsync(CancellationToken cancellationToken)
    {
        var version = await _server.GetServerVersionAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<SchemaStatementResult>();
        foreach (var script in SchemaCatalog.Load())
        {
            if (script.RequiresSqlAccessControl && !version.SupportsSqlAccessControl)
            {
                var reason = $"ClickHouse {version} has no SQL users, roles or GRANT (they arrived in 20.4); " +
                             "its accounts and profiles come from users.xml";
                results.AddRange(script.Statements.Select(s =>
                    new SchemaStatementResult(script.Name, Statement(script, s).Summary, SchemaStatementOutcome.Skipped, reason)));
                continue;
            }

            foreach (var text in script.Statements)
            {
                var result = await ApplyStatementAsync(script, Statement(script, text), cancellationToken).ConfigureAwait(false);
                Log(result);
                results.Add(result);
            }
        }

        return await InspectAsync(version, results, cancellationToken).ConfigureAwait(false);
    }

    private SchemaStatement Statement(SchemaScript script, string text) =>
        SchemaStatement.Create(script.Name, SchemaCatalog.ForDatabase(text, _database));

    private Task<SchemaStatementResult> ApplyStatementAsync(SchemaScript script, SchemaStatement statement, CancellationToken cancellationToken) =>
        statement.Kind switch
        {
            SchemaStatementKind.CreateDatabase => CreateDatabaseAsync(script, statement, cancellationToken),
            SchemaStatementKind.CreateTable => CreateTableAsync(script, statement, cancellationToken),
            SchemaStatementKind.CreateView or SchemaStatementKind.CreateMaterializedView =>
                CreateOrReplaceViewAsync(script, statement, cancellationToken),
            _ => ExecuteOtherAsync(script, statement, cancellationToken),
        };

    private void Log(SchemaStatementResult result)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug("{Script}: {Outcome} {Summary} {Reason}", result.Script, result.Outcome, result.Summary, result.Reason);
        }
    }
}
