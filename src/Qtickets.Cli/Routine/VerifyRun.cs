using Qtickets.Security;
using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;

namespace Qtickets.Cli.Routine;

/// <summary>
/// One run of the routine with everything it needs around it: a private temporary work folder (published program,
/// settings files for the child commands, test results; deleted at the end), the ClickHouse settings file every child
/// gets, the secrets the report must mask, and an admin connection.
/// </summary>
public static class VerifyRun
{
    public static async Task<VerifyReport> ExecuteAsync(VerifyOptions options, TimeProvider time, Action<VerifyStep> onStep, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("qtickets-verify-");
        try
        {
            var chEnv = PrivateEnvFile.Write(Path.Combine(work.FullName, "clickhouse.env"), ChildSettings(options),
                "The ClickHouse that qtickets verify checks; written for its child commands and deleted with its work folder.");
            using var session = new ClickHouseSession(ClickHouseConnections.Admin(options.ClickHouse));
            var context = new VerifyContext(options, session.Client, time, Redactor(options))
            {
                WorkDirectory = work.FullName,
                ClickHouseEnvFile = chEnv,
            };
            return await new VerifyRoutine(context).RunAsync(onStep, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The ClickHouse and job verify resolved, for every child command: they check exactly the stack verify checks.</summary>
    private static List<KeyValuePair<string, string>> ChildSettings(VerifyOptions options)
    {
        var ch = options.ClickHouse;
        var values = new List<KeyValuePair<string, string>>
        {
            new(Settings.ClickHouseHost.Canonical, ch.Host),
            new(Settings.ClickHousePort.Canonical, ch.Port.ToString(CultureInfo.InvariantCulture)),
            new(Settings.ClickHouseDatabase.Canonical, ch.Database),
            new(Settings.ClickHouseUser.Canonical, ch.User),
            new(Settings.ClickHousePassword.Canonical, ch.Password.Value),
            new(Settings.ClickHouseSecure.Canonical, ch.Secure ? "true" : "false"),
            new(Settings.ClickHouseVerifySsl.Canonical, ch.VerifySsl ? "true" : "false"),
            new(Settings.ClickHouseAdminUser.Canonical, ch.AdminUser ?? string.Empty),
            new(Settings.ClickHouseAdminPassword.Canonical, ch.AdminPassword?.Value ?? string.Empty),
            new(Settings.ClickHouseReaderUser.Canonical, ch.ReaderUser ?? string.Empty),
            new(Settings.ClickHouseReaderPassword.Canonical, ch.ReaderPassword?.Value ?? string.Empty),
            new(Settings.JobName.Canonical, options.JobName),
        };
        // An empty value reads as absent: leave it out rather than write a line that means nothing.
        return values.Where(v => v.Value.Length > 0).ToList();
    }

    private static SecretRedactor Redactor(VerifyOptions options)
    {
        var ch = options.ClickHouse;
        var qtickets = options.Live?.Settings.Qtickets;
        return new SecretRedactor(
        [
            ch.Password.Value, ch.AdminPassword?.Value, ch.ReaderPassword?.Value, qtickets?.Token?.Value, qtickets?.PartnersToken?.Value,
            options.SimulatorToken, options.SimulatorPartnersToken,
        ]);
    }
}
