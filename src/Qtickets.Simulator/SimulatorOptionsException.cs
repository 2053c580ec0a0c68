namespace Qtickets.Simulator;

/// <summary>Invalid <see cref="SimulatorOptions"/>; <see cref="Errors"/> names every bad setting.</summary>
public sealed class SimulatorOptionsException : Exception
{
    public SimulatorOptionsException(IReadOnlyList<string> errors)
        : base("Invalid simulator options: " + string.Join(" ", errors))
    {
        Errors = errors;
    }

    public SimulatorOptionsException()
    {
        Errors = [];
    }

    public SimulatorOptionsException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public SimulatorOptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
