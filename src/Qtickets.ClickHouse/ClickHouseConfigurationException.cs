namespace Qtickets.ClickHouse;

/// <summary>
/// Invalid ClickHouse configuration (connection options, a database or table name): found before any request
/// is sent. Lists every problem at once; the command line maps it to exit code 2.
/// </summary>
public sealed class ClickHouseConfigurationException : Exception
{
    public ClickHouseConfigurationException(IReadOnlyList<string> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public ClickHouseConfigurationException(string error)
        : this([error])
    {
    }

    public IReadOnlyList<string> Errors { get; }

    private static string Describe(IReadOnlyList<string> errors) => errors.Count == 1
        ? $"invalid ClickHouse configuration: {errors[0]}"
        : $"invalid ClickHouse configuration:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", errors)}";
}
