namespace Qtickets.TestUtilities;

/// <summary>Locates files of the repository from a test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "qtickets.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("qtickets.slnx not found above " + AppContext.BaseDirectory);
    }
}
