namespace Qtickets.Simulator.Data;

/// <summary>A refund or cancellation the API refuses; answered with <see cref="Status"/> and the message.</summary>
internal sealed class MutationException : Exception
{
    public MutationException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public MutationException()
    {
    }

    public MutationException(string message)
        : base(message)
    {
    }

    public MutationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; } = 400;
}
