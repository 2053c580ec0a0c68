namespace Qtickets.Cli.Routine;

/// <summary>Where the shipped dry-run sample (the earlier stack's sample env file) is: the repository, else next to the program.</summary>
public static class SampleEnvFile
{
    public const string RelativePath = "configs/qtickets_api.sample.env";

    public static string Locate()
    {
        var inRepository = Path.GetFullPath(RelativePath);
        return File.Exists(inRepository) ? inRepository : Path.Combine(AppContext.BaseDirectory, RelativePath);
    }
}
