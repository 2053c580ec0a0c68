using Qtickets.Faults.Tests.Support;
using Qtickets.TestUtilities;

namespace Qtickets.Faults.Tests.Configuration;

/// <summary>
/// Broken inputs of <c>qtickets run</c>: exit 2, one message naming what is wrong, nothing sent to QTickets and
/// nothing written to ClickHouse. The environment of every run is otherwise a valid configuration.
/// </summary>
public sealed class BadInputTests(LoadedStack stack) : IClassFixture<LoadedStack>, IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_garbage_env_file_is_refused_naming_the_file_and_line()
    {
        var file = _files.Write("garbage.env", "\u0001\u0002 not a setting\nORG_NAME=ok\n<html>oops</html>\n");

        var result = await stack.RunCliExpectingNothingAsync(["run", "--env-file", file]);

        Refusal.AssertRefused(result, file, "line 1", "line 3");
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task An_env_file_with_a_quote_left_open_is_refused_without_showing_the_value()
    {
        // Regression: dotenv.net's ArgumentException escaped as a run failure (exit 1).
        var file = _files.Write("open-quote.env", $"QTICKETS_TOKEN=\"{stack.Harness.Simulator.Token}\nORG_NAME=ok\n");

        var result = await stack.RunCliExpectingNothingAsync(["run", "--env-file", file]);

        Refusal.AssertRefused(result, file, "QTICKETS_TOKEN");
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Theory]
    [InlineData("--env-file")]
    [InlineData("--ch-env")]
    public async Task A_missing_env_file_is_refused_naming_it(string option)
    {
        var missing = Path.Combine(_files.Path, "nowhere.env");

        var result = await stack.RunCliExpectingNothingAsync(["run", option, missing]);

        Refusal.AssertRefused(result, missing, "does not exist");
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Theory]
    [InlineData("orders.json", "{\"data\": [", "not valid JSON")]
    [InlineData("orders.json", "{\"data\": {\"id\": 1}}", "must be a JSON array")]
    [InlineData("orders.json", "[1, 2, 3]", "record 1 is not a JSON object")]
    [InlineData("orders.json", "{\"data\": [{\"id\": 1}, null]}", "record 2 is not a JSON object")]
    [InlineData("events.json", "[[]]", "record 1 is not a JSON object")]
    public async Task A_malformed_offline_fixture_is_refused_naming_the_file(string name, string content, string problem)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_files.Path, "fixtures")).FullName;
        File.WriteAllText(Path.Combine(directory, "events.json"), "{\"data\": [], \"paging\": {\"perPage\": 10, \"currentPage\": 1, \"total\": 0}}");
        File.WriteAllText(Path.Combine(directory, "orders.json"), "[]");
        File.WriteAllText(Path.Combine(directory, name), content);

        var result = await stack.RunCliExpectingNothingAsync(["run", "--offline-fixtures-dir", directory]);

        Refusal.AssertRefused(result, name, problem);
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_missing_offline_fixture_is_refused_naming_it()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_files.Path, "half")).FullName;
        File.WriteAllText(Path.Combine(directory, "events.json"), "[]");

        var result = await stack.RunCliExpectingNothingAsync(["run", "--offline-fixtures-dir", directory]);

        Refusal.AssertRefused(result, "orders.json", "does not exist");
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Theory]
    [InlineData("CLICKHOUSE_PORT", "81x23")]
    [InlineData("CLICKHOUSE_PORT", "99999")]
    [InlineData("QTICKETS_MAX_RETRIES", "three")]
    public async Task A_number_setting_that_is_not_a_number_is_refused_naming_it(string setting, string value)
    {
        var result = await stack.RunCliExpectingNothingAsync(["run"], new Dictionary<string, string> { [setting] = value });

        Refusal.AssertRefused(result, setting, value);
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_non_numeric_port_in_an_env_file_is_refused_naming_the_alias_and_the_file()
    {
        var file = _files.Write("ch.env", "CH_PORT=eighty\n");

        var result = await stack.RunCliExpectingNothingAsync(["run", "--ch-env", file]);

        Refusal.AssertRefused(result, "CH_PORT", file, "eighty");
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task An_unknown_database_is_refused_naming_it_and_is_not_created()
    {
        var missing = "zakaz_missing_" + Guid.NewGuid().ToString("N")[..8];

        var result = await stack.RunCliExpectingNothingAsync(["run"], new Dictionary<string, string> { ["CLICKHOUSE_DB"] = missing });

        Refusal.AssertRefused(result, "CLICKHOUSE_DB", missing, "does not exist");
        Assert.Equal(0, await stack.Harness.ScalarAsync($"SELECT count() FROM system.databases WHERE name = '{missing}'"));
        await stack.Harness.AssertNoSecretLeakedAsync();
    }
}
