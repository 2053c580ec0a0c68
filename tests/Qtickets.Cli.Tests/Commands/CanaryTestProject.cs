using System.Xml.Linq;
using Qtickets.Cli.Infrastructure;
using Qtickets.TestUtilities;
using Qtickets.Processes;

namespace Qtickets.Cli.Tests.Commands;

/// <summary>
/// A small xunit project outside the repository with operator-routine tests of its own (package versions from the
/// repository's Directory.Packages.props), so a test can change its sources and see what verify makes of them.
/// </summary>
internal sealed class CanaryTestProject
{
    private const string Namespace = "Canary";

    private CanaryTestProject(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, "Canary.Tests.csproj");

    public static CanaryTestProject Create(string parent)
    {
        var project = new CanaryTestProject(System.IO.Directory.CreateDirectory(Path.Combine(parent, "canary")).FullName);
        File.WriteAllText(project.ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{Version("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="xunit" Version="{Version("xunit")}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{Version("xunit.runner.visualstudio")}" />
              </ItemGroup>
            </Project>
            """);
        project.WriteTest("PassingTests", "The_routine_test_that_passes", "Assert.True(true);");
        return project;
    }

    public void WriteTest(string className, string testName, string body) =>
        File.WriteAllText(Path.Combine(Directory, className + ".cs"), $$"""
            using Xunit;

            namespace {{Namespace}};

            public sealed class {{className}}
            {
                [Fact]
                [Trait("Category", "OperatorRoutine")]
                public void {{testName}}() => {{body.TrimEnd(';')}};
            }
            """);

    /// <summary>Builds the project as it is now, so that a build older than the sources exists.</summary>
    public async Task BuildAsync()
    {
        var build = await ChildProcess.RunAsync(
            new ChildCommand(QticketsProcess.DotnetHost(), ["build", ProjectFile, "-c", "Release", "--nologo"]), TimeProvider.System, CancellationToken.None);
        Assert.True(build.ExitCode == 0, string.Join('\n', build.Lines));
    }

    private static string Version(string package) =>
        XDocument.Load(RepositoryPaths.File("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;
}
