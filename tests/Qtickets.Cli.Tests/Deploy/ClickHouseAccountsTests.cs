using System.Xml.Linq;
using Qtickets.TestUtilities;
using YamlDotNet.RepresentationModel;

namespace Qtickets.Cli.Tests.Deploy;

/// <summary>
/// The production accounts (deploy/clickhouse/users.d, ClickHouse 24.8) cannot be tried here (18.16 has neither
/// constraints nor grants in users.xml): the file is parsed and checked for what 24.8 would enforce with it.
/// </summary>
public sealed class ClickHouseAccountsTests
{
    private const string Database = "zakaz";
    private static readonly string[] PinnedSettings = ["readonly", "allow_ddl", "allow_introspection_functions"];

    private static XElement Users { get; } = XDocument.Load(RepositoryPaths.File("deploy", "clickhouse", "users.d", "qtickets-users.xml")).Root!;

    private static XElement Account(string user) => Users.Element("users")!.Element(user)!;

    private static XElement Profile(string user) => Users.Element("profiles")!.Element(Account(user).Element("profile")!.Value)!;

    [Theory]
    [InlineData("etl_writer", "0")]
    [InlineData("datalens_reader", "1")]
    public void The_loader_and_reader_profiles_pin_readonly_allow_ddl_and_introspection_as_constants(string user, string readOnly)
    {
        var profile = Profile(user);

        Assert.Equal(readOnly, profile.Element("readonly")?.Value);
        Assert.Equal("0", profile.Element("allow_ddl")?.Value);
        Assert.Equal("0", profile.Element("allow_introspection_functions")?.Value);
        var constraints = profile.Element("constraints");
        Assert.NotNull(constraints);
        Assert.All(PinnedSettings, setting =>
        {
            var constraint = constraints.Element(setting);
            Assert.True(constraint is not null, $"{user}: no constraint on {setting}");
            // <readonly/> (or <const/>): the setting cannot be changed at all, neither by SET nor in the URL.
            Assert.True(constraint.Element("readonly") is not null || constraint.Element("const") is not null, $"{user}: {setting} is not constant");
        });
    }

    [Theory]
    [InlineData("etl_writer", "SELECT, INSERT")]
    [InlineData("datalens_reader", "SELECT")]
    public void The_loader_and_reader_are_granted_only_their_privileges_on_the_stacks_database(string user, string privileges)
    {
        var account = Account(user);
        var grants = account.Element("grants")?.Elements("query").Select(q => q.Value.Trim()).ToList();

        Assert.Equal([$"GRANT {privileges} ON {Database}.*"], grants);
        // 24.8 refuses a user with <grants> and any of these ("Any other access control settings can't be
        // specified with `grants`"); the grants limit the database already.
        Assert.All(new[] { "allow_databases", "allow_dictionaries", "access_management" }, element => Assert.Null(account.Element(element)));
    }

    [Fact]
    public void No_grant_gives_what_table_functions_need()
    {
        var grants = Users.Descendants("grants").Elements("query").Select(q => q.Value.ToUpperInvariant()).ToList();

        Assert.NotEmpty(grants);
        Assert.All(grants, grant =>
        {
            Assert.DoesNotContain("ALL", grant.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain("TEMPORARY", grant, StringComparison.Ordinal);
            Assert.DoesNotContain("SOURCES", grant, StringComparison.Ordinal);
            Assert.DoesNotContain("URL", grant, StringComparison.Ordinal);
            Assert.DoesNotContain("*.*", grant, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("etl_writer")]
    public void The_admin_and_the_loader_accept_only_loopback_and_the_compose_network(string user)
    {
        var networks = Account(user).Element("networks")!.Elements().Select(e => (e.Name.LocalName, e.Value.Trim())).ToList();

        Assert.Equal(
            new[] { ("ip", "127.0.0.1"), ("ip", "::1"), ("ip", ComposeSubnet()) }.Order(),
            networks.Order());
    }

    [Fact]
    public void The_reader_is_the_one_account_open_to_other_networks()
    {
        var open = Users.Element("users")!.Elements()
            .Where(u => u.Element("networks")?.Elements("ip").Any(ip => ip.Value.Trim() is "::/0" or "0.0.0.0/0") ?? false)
            .Select(u => u.Name.LocalName);

        Assert.Equal(["datalens_reader"], open);
    }

    [Fact]
    public void The_default_account_is_removed_and_every_account_has_a_password_from_the_environment()
    {
        var accounts = Users.Element("users")!;

        Assert.Equal("remove", accounts.Element("default")?.Attribute("remove")?.Value);
        Assert.All(new[] { "admin", "etl_writer", "datalens_reader" }, user =>
            Assert.NotNull(accounts.Element(user)!.Element("password")!.Attribute("from_env")));
    }

    /// <summary>The subnet docker-compose.yml pins for the stack's default network.</summary>
    private static string ComposeSubnet()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepositoryPaths.File("deploy", "docker-compose.yml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var ipam = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)root["networks"])["default"])["ipam"];
        return ((YamlMappingNode)((YamlSequenceNode)ipam["config"])[0])["subnet"].ToString();
    }
}
