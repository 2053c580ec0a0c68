using Qtickets.ClickHouse.Schema;
using Qtickets.TestUtilities.Http;

namespace Qtickets.ClickHouse.Tests.Schema;

/// <summary>
/// The bootstrap on a server with SQL users and roles (ClickHouse 24.8 in production), which cannot run here: a
/// scripted server that reports 24.8, accepts every statement and lists no tables.
/// </summary>
public sealed class SchemaBootstrapperOnNewerServerTests : IDisposable
{
    private const string WriterPassword = "Wr1terSecretValue";
    private const string ReaderPassword = "Re4derSecretValue";

    private readonly StubHttpMessageHandler _server = new(Answer);
    private readonly HttpClient _http;

    public SchemaBootstrapperOnNewerServerTests()
    {
        _http = new HttpClient(_server);
    }

    public void Dispose() => _http.Dispose();

    private SchemaBootstrapper CreateSut(string? writerPassword = WriterPassword) =>
        new(new ClickHouseHttpClient(_http, new ClickHouseConnectionOptions { User = "admin", Password = "adm1n" }),
            new SchemaBootstrapOptions("zakaz") { WriterPassword = writerPassword, ReaderPassword = ReaderPassword });

    [Fact]
    public async Task Roles_users_and_grants_are_sent_with_escaped_passwords()
    {
        await CreateSut().ApplyAsync(CancellationToken.None);

        var sent = _server.Requests.Select(r => r.Body ?? string.Empty).ToList();
        Assert.Contains("GRANT SELECT ON zakaz.* TO qtickets_reader", sent);
        Assert.Contains($"CREATE USER IF NOT EXISTS etl_writer IDENTIFIED WITH sha256_password BY '{WriterPassword}'", sent);
        Assert.Contains("GRANT qtickets_writer TO etl_writer", sent);
    }

    [Fact]
    public async Task The_result_never_shows_a_password()
    {
        var result = await CreateSut().ApplyAsync(CancellationToken.None);

        var text = string.Join("\n", result.Statements.Select(s => $"{s.Summary} {s.Reason}"));
        Assert.DoesNotContain(WriterPassword, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReaderPassword, text, StringComparison.Ordinal);
        Assert.Contains("{{etl_writer_password}}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_whose_password_is_unknown_is_skipped_with_the_reason()
    {
        var result = await CreateSut(writerPassword: null).ApplyAsync(CancellationToken.None);

        var skipped = Assert.Single(result.Skipped);
        Assert.StartsWith("CREATE USER IF NOT EXISTS etl_writer", skipped.Summary, StringComparison.Ordinal);
        Assert.Equal("no password configured for etl_writer", skipped.Reason);
    }

    [Fact]
    public async Task A_grant_the_server_refuses_is_skipped_with_the_servers_reason()
    {
        var server = new StubHttpMessageHandler(r => r.Body == "GRANT qtickets_writer TO etl_writer"
            ? StubResponse.Text("Code: 495. DB::Exception: Cannot update user `etl_writer` in users_xml because this storage is readonly. (ACCESS_STORAGE_READONLY) (version 24.8.4.13 (official build))", "text/plain", System.Net.HttpStatusCode.BadRequest)
            : Answer(r));
        using var http = new HttpClient(server);
        var sut = new SchemaBootstrapper(new ClickHouseHttpClient(http, new ClickHouseConnectionOptions()),
            new SchemaBootstrapOptions("zakaz") { WriterPassword = WriterPassword, ReaderPassword = ReaderPassword });

        var result = await sut.ApplyAsync(CancellationToken.None);

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("GRANT qtickets_writer TO etl_writer", skipped.Summary);
        Assert.Contains("storage is readonly", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_defined_object_the_server_does_not_list_is_reported_missing_not_only_the_required_ones()
    {
        var result = await CreateSut().ApplyAsync(CancellationToken.None);

        Assert.Equal(SchemaCatalog.DefinedObjects().Select(o => o.Name), result.MissingRequired);
        Assert.Contains(SchemaObjects.BarcodesStaging, result.MissingRequired);
        Assert.False(result.IsComplete);
        Assert.Null(result.MetaJobRunsCount);
    }

    private static HttpResponseMessage Answer(RecordedRequest request)
    {
        var sql = request.Body ?? string.Empty;
        if (sql.Contains("version()", StringComparison.Ordinal))
        {
            return StubResponse.Text("{\"version\":\"24.8.4.13\"}\n", "text/plain");
        }

        return sql.Contains("system.databases", StringComparison.Ordinal)
            ? StubResponse.Text("{\"count()\":\"0\"}\n", "text/plain")
            : StubResponse.Text(string.Empty, "text/plain");
    }
}
