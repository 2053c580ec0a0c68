using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Schema;
using Qtickets.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets bootstrap</c>: applies the schema idempotently with the admin account, verifies the required objects
/// (<see cref="Qtickets.ClickHouse.Schema.SchemaObjects.Required"/>, step 2 of the operators' routine in the README), prints the table list and the <c>meta_job_runs</c> row count. Exit codes: 0 done,
/// 1 ClickHouse unreachable or a statement refused, 2 bad configuration, 3 a required object is missing.
/// </summary>
public sealed class BootstrapCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<BootstrapSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BootstrapSettings settings, CancellationToken cancellationToken)
    {
        ClickHouseSettings clickHouse;
        ClickHouseConnectionOptions admin;
        try
        {
            var layers = SettingsLayers.Create(clickHouseEnvFile: settings.ChEnv, envFile: settings.EnvFile);
            CommandEnvironment.Warn(console, layers);
            clickHouse = ClickHouseSettingsParser.Parse(layers, "for bootstrap");
            admin = AdminOptions(clickHouse);
        }
        catch (Exception ex) when (ex is ConfigurationException or ClickHouseConfigurationException)
        {
            errors.Error(ex.Message);
            return ExitCodes.BadConfiguration;
        }

        try
        {
            using var http = ClickHouseHttpClient.CreateHttpClient(admin);
            var bootstrapper = new SchemaBootstrapper(new ClickHouseHttpClient(http, admin), BootstrapOptions(clickHouse));
            var result = await bootstrapper.ApplyAsync(cancellationToken).ConfigureAwait(false);
            Print(admin, result);
            return result.IsComplete ? ExitCodes.Success : ExitCodes.CheckViolated;
        }
        catch (Exception ex) when (ex is ClickHouseException or SchemaBootstrapException)
        {
            errors.Error(ex.Message);
            return ExitCodes.RunFailed;
        }
    }

    private static ClickHouseConnectionOptions AdminOptions(ClickHouseSettings settings) => new ClickHouseConnectionOptions
    {
        Host = settings.Host,
        Port = settings.Port,
        Database = settings.Database,
        User = settings.EffectiveAdminUser,
        Password = settings.EffectiveAdminPassword.Value,
        Secure = settings.Secure,
        VerifySsl = settings.VerifySsl,
    }.EnsureValid();

    private static SchemaBootstrapOptions BootstrapOptions(ClickHouseSettings settings) => new(settings.Database)
    {
        // CLICKHOUSE_USER is the writer only when a separate admin account is configured.
        WriterPassword = settings.AdminUser is not null && settings.User == "etl_writer" ? settings.Password.Value : null,
        ReaderPassword = settings.ReaderUser is null or "datalens_reader" ? settings.ReaderPassword?.Value : null,
    };

    private void Print(ClickHouseConnectionOptions admin, SchemaBootstrapResult result)
    {
        console.MarkupLineInterpolated($"ClickHouse {result.ServerVersion} at {admin.Endpoint} as {admin.User}, database [bold]{result.Database}[/]");
        if (!result.ServerVersion.SupportsSettingsConstraints)
        {
            // One line: what this server cannot enforce, which production's 24.8 does (docs/operator-guide.ru.md).
            console.MarkupLineInterpolated(
                $"[yellow]warning:[/] ClickHouse {result.ServerVersion} has no settings constraints: the loader account can lift allow_ddl=0 per request (?allow_ddl=1) and call url()/file(); 24.8 with deploy/clickhouse/users.d pins them");
        }
        console.MarkupLineInterpolated(
            $"statements: {result.Applied.Count} applied, {result.Unchanged.Count} unchanged, {result.Skipped.Count} skipped");
        foreach (var group in result.Skipped.GroupBy(s => (s.Script, s.Reason)))
        {
            var what = group.Count() == 1 ? group.First().Summary : $"{group.Count()} statements";
            console.MarkupLineInterpolated($"  [yellow]skipped[/] {group.Key.Script}, {what}: {group.Key.Reason}");
        }

        console.Write(TableList(result));
        console.MarkupLineInterpolated(
            $"meta_job_runs rows: {(result.MetaJobRunsCount is { } runs ? runs.ToString(CultureInfo.InvariantCulture) : "(table missing)")}");
        if (result.IsComplete)
        {
            console.MarkupLine("[green]all required objects exist[/]");
            return;
        }

        console.MarkupLineInterpolated($"[red]missing required objects:[/] {string.Join(", ", result.MissingRequired)}");
    }

    private static Table TableList(SchemaBootstrapResult result)
    {
        var required = SchemaObjects.Required.ToHashSet(StringComparer.Ordinal);
        var table = new Table()
            .AddColumn("table")
            .AddColumn("engine")
            .AddColumn(new TableColumn("rows").RightAligned())
            .AddColumn("required");
        foreach (var info in result.Tables)
        {
            table.AddRow(
                Markup.Escape(info.Name),
                Markup.Escape(info.Engine),
                info.Rows?.ToString(CultureInfo.InvariantCulture) ?? "-",
                required.Contains(info.Name) ? "yes" : string.Empty);
        }

        return table;
    }
}
