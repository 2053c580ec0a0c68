namespace Qtickets.Cli.Routine;

/// <summary>
/// The source tree verify builds and tests from: the folder holding <c>qtickets.slnx</c> and <c>scripts/publish.sh</c>,
/// found from the working directory upwards, else from the program's own folder upwards (<c>./qtickets</c> runs from
/// <c>.build/cli</c> inside the checkout). The Docker image holds no sources, so there is none there.
/// </summary>
public sealed record SourceCheckout(string Root)
{
    public string PublishScript => Path.Combine(Root, "scripts", "publish.sh");

    public string Dockerfile => Path.Combine(Root, "deploy", "Dockerfile");

    public string RoutineTestsProject => Path.Combine(Root, "tests", "Qtickets.Api.Tests", "Qtickets.Api.Tests.csproj");

    public static SourceCheckout? Find(string workingDirectory, string programDirectory) =>
        Upwards(workingDirectory).Concat(Upwards(programDirectory))
            .Where(dir => File.Exists(Path.Combine(dir, "qtickets.slnx")) && File.Exists(Path.Combine(dir, "scripts", "publish.sh")))
            .Select(dir => new SourceCheckout(dir))
            .FirstOrDefault();

    private static IEnumerable<string> Upwards(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
