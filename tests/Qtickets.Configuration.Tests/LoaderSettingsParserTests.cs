using Qtickets.TestUtilities;

namespace Qtickets.Configuration.Tests;

public sealed class LoaderSettingsParserTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static readonly Dictionary<string, string> NoEnvironment = [];

    public void Dispose() => _temp.Dispose();

    private static LoaderSettings Parse(
        Dictionary<string, string>? environment = null,
        string? envFile = null,
        string? chEnv = null,
        RunOverrides? overrides = null,
        Dictionary<string, string>? commandLine = null)
    {
        var layers = SettingsLayers.Create(
            commandLine ?? (IReadOnlyDictionary<string, string>?)overrides?.AsSettings(),
            chEnv,
            envFile,
            environment ?? NoEnvironment);
        return LoaderSettingsParser.Parse(layers, overrides);
    }

    private static Dictionary<string, string> RealRun() => new()
    {
        ["QTICKETS_TOKEN"] = "real-token-0123456789",
        ["QTICKETS_BASE_URL"] = "http://127.0.0.1:1/api/rest/v1",
        ["ORG_NAME"] = "org",
        ["CLICKHOUSE_HOST"] = "127.0.0.1",
        ["CLICKHOUSE_PORT"] = "8123",
        ["CLICKHOUSE_DB"] = "zakaz",
        ["CLICKHOUSE_USER"] = "etl_writer",
    };

    [Fact]
    public void The_earlier_stacks_sample_file_works_unchanged_and_means_a_dry_run()
    {
        var settings = Parse(envFile: RepositoryPaths.File("configs", "qtickets_api.sample.env"));

        Assert.True(settings.Runtime.DryRun);
        Assert.Equal("DRY_RUN=true", settings.StubReason);
        Assert.Equal("stub_org", settings.Qtickets.OrgName);
        Assert.Equal("dryrun-token", settings.Qtickets.Token?.Value);
        Assert.Equal("ch-zakaz", settings.ClickHouse.Host);
        Assert.Equal(8123, settings.ClickHouse.Port);
        Assert.Equal("qtickets_api", settings.Runtime.JobName);
        Assert.Equal(24, settings.Qtickets.SinceHours);
    }

    [Fact]
    public void A_hash_inside_an_unquoted_password_is_kept()
    {
        // The shape of the earlier stack's sample password; the shipped sample now holds a placeholder.
        var settings = Parse(envFile: _temp.Write("hash.env", "CLICKHOUSE_PASSWORD=Admin2024!Strong#Pass\n"));

        Assert.Equal("Admin2024!Strong#Pass", settings.ClickHouse.Password.Value);
    }

    [Fact]
    public void Command_line_beats_ch_env_which_beats_env_file_which_beats_the_environment()
    {
        var envFile = _temp.Write("app.env", "QTICKETS_SINCE_HOURS=5\nCLICKHOUSE_PORT=1111\nCLICKHOUSE_DB=from_env_file\nJOB_NAME=env_file_job\n");
        var chEnv = _temp.Write("ch.env", "CLICKHOUSE_PORT=2222\nCLICKHOUSE_DB=from_ch_env\n");
        var environment = RealRun();
        environment["CLICKHOUSE_PORT"] = "3333";
        environment["JOB_NAME"] = "environment_job";
        environment["ORG_NAME"] = "environment_org";

        var settings = Parse(environment, envFile, chEnv, new RunOverrides(SinceHours: 7));

        Assert.Equal(7, settings.Qtickets.SinceHours);
        Assert.Equal(2222, settings.ClickHouse.Port);
        Assert.Equal("from_ch_env", settings.ClickHouse.Database);
        Assert.Equal("env_file_job", settings.Runtime.JobName);
        Assert.Equal("environment_org", settings.Qtickets.OrgName);
    }

    [Fact]
    public void Aliases_of_the_earlier_stack_are_accepted()
    {
        var settings = Parse(new Dictionary<string, string>
        {
            ["QTICKETS_API_TOKEN"] = "alias-token-0123456789",
            ["QTICKETS_API_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1",
            ["QTICKETS_ORG_NAME"] = "alias_org",
            ["QTICKETS_LOOKBACK_HOURS"] = "12",
            ["CH_HOST"] = "127.0.0.1",
            ["CLICKHOUSE_HTTP_PORT"] = "18123",
            ["CH_DATABASE"] = "zakaz_alias",
            ["CLICKHOUSE_USER_WRITE"] = "writer",
            ["CH_PASSWORD"] = "secret-password",
        });

        Assert.Null(settings.StubReason);
        Assert.Equal("alias_org", settings.Qtickets.OrgName);
        Assert.Equal(12, settings.Qtickets.SinceHours);
        Assert.Equal(18123, settings.ClickHouse.Port);
        Assert.Equal("zakaz_alias", settings.ClickHouse.Database);
        Assert.Equal("writer", settings.ClickHouse.User);
        Assert.Equal("secret-password", settings.ClickHouse.Password.Value);
    }

    [Theory]
    [InlineData("CLICKHOUSE_PORT", "eighty", "whole number")]
    [InlineData("CLICKHOUSE_PORT", "70000", "between 1 and 65535")]
    [InlineData("DRY_RUN", "maybe", "boolean")]
    [InlineData("QTICKETS_SKIP_CLIENTS", "sure", "boolean")]
    [InlineData("QTICKETS_PARTNERS_FIND_REQUESTS", "[{\"barcode\": ", "not valid JSON")]
    [InlineData("QTICKETS_PARTNERS_FIND_REQUESTS", "[1, 2]", "JSON object or a JSON list of objects")]
    [InlineData("QTICKETS_BASE_URL", "not a url", "absolute http(s) URL")]
    [InlineData("CLICKHOUSE_DB", "zakaz; DROP DATABASE zakaz", "plain identifier")]
    [InlineData("JOB_NAME", "job' OR 1=1 --", "letters, digits")]
    [InlineData("TZ", "Mars/Olympus", "time zone")]
    [InlineData("QTICKETS_MAX_CONCURRENCY", "0", "between 1 and 16")]
    public void An_invalid_value_is_a_configuration_error_naming_the_setting(string name, string value, string problem)
    {
        var environment = RealRun();
        environment[name] = value;

        var error = Assert.Throws<ConfigurationException>(() => Parse(environment));

        var message = Assert.Single(error.Errors);
        Assert.Contains(name, message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var environment = RealRun();
        environment["CLICKHOUSE_PORT"] = "x";
        environment["DRY_RUN"] = "perhaps";
        environment["QTICKETS_SINCE_HOURS"] = "-3";

        var error = Assert.Throws<ConfigurationException>(() => Parse(environment));

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains("CLICKHOUSE_PORT", error.Message, StringComparison.Ordinal);
        Assert.Contains("DRY_RUN", error.Message, StringComparison.Ordinal);
        Assert.Contains("QTICKETS_SINCE_HOURS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_run_without_clickhouse_settings_names_what_is_missing()
    {
        var environment = RealRun();
        environment.Remove("CLICKHOUSE_HOST");
        environment.Remove("CLICKHOUSE_USER");

        var error = Assert.Throws<ConfigurationException>(() => Parse(environment));

        Assert.Contains(error.Errors, e => e.StartsWith("CLICKHOUSE_HOST is required", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("CLICKHOUSE_USER is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("QTICKETS_TOKEN")]
    [InlineData("ORG_NAME")]
    [InlineData("QTICKETS_BASE_URL")]
    public void A_missing_api_setting_means_stub_mode_and_says_why(string missing)
    {
        var environment = RealRun();
        environment.Remove(missing);

        var settings = Parse(environment);

        Assert.Equal($"{missing} missing", settings.StubReason);
    }

    [Fact]
    public void The_dry_run_flag_overrides_a_file_that_says_false()
    {
        var envFile = _temp.Write("app.env", "DRY_RUN=false\n");

        var settings = Parse(RealRun(), envFile, overrides: new RunOverrides(DryRun: true));

        Assert.Equal("DRY_RUN=true", settings.StubReason);
    }

    [Fact]
    public void A_missing_env_file_is_a_configuration_error()
    {
        var path = Path.Combine(_temp.Path, "nope.env");

        var error = Assert.Throws<ConfigurationException>(() => Parse(envFile: path));

        Assert.Contains("does not exist", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_garbage_env_file_names_the_bad_lines()
    {
        var path = _temp.Write("garbage.env", "QTICKETS_TOKEN=ok\nthis is not an assignment\n\u0001\u0002binary\n");

        var error = Assert.Throws<ConfigurationException>(() => Parse(envFile: path));

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains("line 2", error.Errors[0], StringComparison.Ordinal);
        Assert.Contains("line 3", error.Errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_never_contain_the_token_or_the_password()
    {
        var environment = RealRun();
        environment["QTICKETS_TOKEN"] = "tok-SUPERSECRET-123456";
        environment["CLICKHOUSE_PASSWORD"] = "pw-SUPERSECRET-654321";
        environment["CLICKHOUSE_PORT"] = "bad";
        environment["DRY_RUN"] = "bad";

        var error = Assert.Throws<ConfigurationException>(() => Parse(environment));

        Assert.DoesNotContain("SUPERSECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_render_secrets_as_fingerprints()
    {
        var environment = RealRun();
        environment["QTICKETS_TOKEN"] = "abcdSUPERSECRETwxyz";
        environment["CLICKHOUSE_PASSWORD"] = "pw-SUPERSECRET-654321";

        var text = Parse(environment).ToString();

        Assert.DoesNotContain("SUPERSECRET", text, StringComparison.Ordinal);
        Assert.Contains("abcd***wxyz", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_match_the_earlier_stack()
    {
        var settings = Parse(RealRun());

        Assert.Equal(720, settings.Qtickets.InitialBackfillHours);
        Assert.Equal("meta_job_runs", settings.Qtickets.BackfillGuardTable);
        Assert.Equal(24, settings.Qtickets.FullScanHours);
        Assert.Equal(4, settings.Qtickets.MaxConcurrency);
        Assert.Equal("Europe/Moscow", settings.Runtime.Tz);
        Assert.False(settings.Qtickets.StorePersonalData);
        Assert.Equal(ResourceSkips.None, settings.Qtickets.Skips);
    }

    [Fact]
    public void Partners_find_requests_accept_a_single_object_or_a_list()
    {
        var environment = RealRun();
        environment["QTICKETS_PARTNERS_FIND_REQUESTS"] = "[{\"barcode\": \"123\"}, {\"external_id\": \"x\"}]";

        var settings = Parse(environment);

        Assert.Equal(2, settings.Qtickets.PartnersFindRequests.Count);
        Assert.Equal("123", settings.Qtickets.PartnersFindRequests[0].GetProperty("barcode").GetString());
    }
}
