using System.Globalization;
using Qtickets.ClickHouse.Schema;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>
/// Step 2: <c>qtickets bootstrap</c>, then every table and view the schema files define (not a fixed list) must exist;
/// each is listed with its engine and row count, and <c>meta_job_runs</c> must be empty.
/// </summary>
public sealed class BootstrapStep : IVerifyStep
{
    public string Name => "bootstrap";

    public string Title => "Bootstrap: apply the schema, every object it defines in place";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var run = await StackCommands.BootstrapAsync(context, cancellationToken).ConfigureAwait(false);
        context.Objects = await ObjectsAsync(context, cancellationToken).ConfigureAwait(false);
        var checks = new List<VerifyCheck> { StackCommands.ExitCode(run, "qtickets bootstrap") };
        checks.AddRange(context.Objects.Where(o => o.Defined).Select(o => new VerifyCheck(
            $"`{o.Name}` ({o.Kind}, {o.Script})", "exists", o.Exists ? Describe(o) : "missing", o.Exists)));
        checks.Add(await StackCommands.JobRunsEmptyAsync(context, cancellationToken).ConfigureAwait(false));
        var defined = context.Objects.Count(o => o.Defined);
        var present = context.Objects.Count(o => o.Defined && o.Exists);
        return VerifyContext.Measured($"{present} of the {defined} objects the schema defines exist", checks, run);
    }

    /// <summary>Every defined object with what the server has, then any object the schema does not define.</summary>
    public static async Task<IReadOnlyList<SchemaObjectStatus>> ObjectsAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var existing = (await SchemaBootstrapper.ListTablesAsync(context.Server, context.Database, cancellationToken).ConfigureAwait(false))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        var defined = SchemaCatalog.DefinedObjects();
        var statuses = defined
            .Select(d => new SchemaObjectStatus(d.Name, d.Kind, d.Script, existing.GetValueOrDefault(d.Name)?.Engine, existing.GetValueOrDefault(d.Name)?.Rows))
            .ToList();
        statuses.AddRange(existing.Values
            .Where(t => defined.All(d => d.Name != t.Name))
            .Select(t => new SchemaObjectStatus(t.Name, "not in the schema", null, t.Engine, t.Rows)));
        return statuses;
    }

    private static string Describe(SchemaObjectStatus status) =>
        status.Rows is { } rows ? string.Create(CultureInfo.InvariantCulture, $"{status.Engine}, {rows} rows") : status.Engine!;
}
