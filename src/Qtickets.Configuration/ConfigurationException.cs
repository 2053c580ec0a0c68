namespace Qtickets.Configuration;

/// <summary>
/// Every configuration problem found at start-up, reported at once so an operator fixes them in one pass.
/// Maps to exit code 2; messages name the setting and never contain a secret value.
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<string> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public ConfigurationException(string error)
        : this([error])
    {
    }

    public IReadOnlyList<string> Errors { get; }

    private static string Describe(IReadOnlyList<string> errors) => errors.Count == 1
        ? $"invalid configuration: {errors[0]}"
        : $"invalid configuration ({errors.Count} problems):{Environment.NewLine}  - " +
          string.Join(Environment.NewLine + "  - ", errors);
}
