using Qtickets.Security;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;
using Qtickets.Cli.Infrastructure;
using Qtickets.Simulator;
using Qtickets.Processes;

namespace Qtickets.Cli.Routine;

/// <summary>
/// What the steps of one verify run share: the options, an admin client of the stack's database, the private work
/// folder, the ClickHouse settings file every child command gets, the secrets to mask, and what earlier steps left
/// for later ones (the published program, the source of the load, the simulator, the schema objects, the tests).
/// </summary>
public sealed class VerifyContext(VerifyOptions options, IClickHouseClient admin, TimeProvider time, SecretRedactor redactor)
{
    private const int LogLines = 8;
    private const int OutputLines = 12;

    private readonly List<CommandRun> _runsOfStep = [];

    public VerifyOptions Options => options;

    /// <summary>Admin account, connected to the stack's database.</summary>
    public IClickHouseClient Admin => admin;

    /// <summary>Admin account, connected to <c>default</c> (the stack's database comes and goes during a reset).</summary>
    public IClickHouseClient Server { get; } = admin.WithDatabase("default");

    public TimeProvider Time => time;

    public string Database => options.ClickHouse.Database;

    public required string WorkDirectory { get; init; }

    /// <summary>The ClickHouse settings (and job name) verify resolved, in a private file passed to every child as <c>--ch-env</c>.</summary>
    public required string ClickHouseEnvFile { get; init; }

    public string? PublishedProgram { get; set; }

    public LoadSource? Source { get; set; }

    public SimulatorServer? Simulator { get; set; }

    public IReadOnlyList<SchemaObjectStatus> Objects { get; set; } = [];

    public IReadOnlyList<RoutineTestResult> Tests { get; set; } = [];

    public string Redact(string text) => redactor.Redact(text);

    /// <summary>A <c>qtickets</c> command of this program, logging text, against the ClickHouse verify checks.</summary>
    public ChildCommand Qtickets(params string[] arguments) =>
        InMoscowTime(QticketsProcess.Command([.. arguments, "--ch-env", ClickHouseEnvFile], LogFormat.Text));

    /// <summary>The child's text log stamps its lines in Moscow time, like the report (the container sets the same TZ).</summary>
    public static ChildCommand InMoscowTime(ChildCommand command) =>
        command with { Environment = new Dictionary<string, string>(command.Environment) { ["TZ"] = Api.Time.MoscowTime.ZoneId } };

    /// <summary>Runs a command; its excerpt is the command line, the end of its log (standard error), then the end of its output.</summary>
    public async Task<CommandRun> RunAsync(ChildCommand command, CancellationToken cancellationToken)
    {
        var result = await ChildProcess.RunAsync(command, time, cancellationToken).ConfigureAwait(false);
        var line = Redact(command.Display());
        var run = new CommandRun(new StepCommand(line, result.ExitCode, result.Duration), result,
            [$"$ {line}", .. result.LastLogLines(LogLines).Select(Redact), .. Last(result.Output, OutputLines).Select(Redact)]);
        _runsOfStep.Add(run);
        return run;
    }

    /// <summary>The commands run since the last call: a step that threw afterwards still reports what they printed.</summary>
    public IReadOnlyList<CommandRun> TakeRunsOfStep()
    {
        var runs = _runsOfStep.ToList();
        _runsOfStep.Clear();
        return runs;
    }

    private static IEnumerable<string> Last(IReadOnlyList<string> lines, int count) => lines.Skip(Math.Max(0, lines.Count - count));

    public async Task<long> CountAsync(string sql, CancellationToken cancellationToken) =>
        await Server.QueryScalarAsync<long>(sql, cancellationToken).ConfigureAwait(false);

    /// <summary>Rows of a table of the stack's database, read by name.</summary>
    public Task<long> RowsAsync(string table, CancellationToken cancellationToken) =>
        CountAsync($"SELECT count() FROM {SqlIdentifier.Quote(Database)}.{SqlIdentifier.Quote(table)}", cancellationToken);

    /// <summary>A step that ran commands and checks: passed when every command exited as expected and every check passed.</summary>
    public static VerifyStep Measured(string summary, IReadOnlyList<VerifyCheck> checks, params CommandRun[] runs) =>
        VerifyStep.Measured(summary, passed: true, checks) with
        {
            Commands = [.. runs.Select(r => r.Command)],
            Log = [.. runs.SelectMany(r => r.Excerpt)],
        };
}
