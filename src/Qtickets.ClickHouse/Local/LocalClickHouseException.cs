namespace Qtickets.ClickHouse.Local;

/// <summary>The local ClickHouse could not be installed, configured, started or stopped; the message says why and what to do.</summary>
public sealed class LocalClickHouseException : Exception
{
    public LocalClickHouseException(string message, bool isUsageError = false, Exception? innerException = null)
        : base(message, innerException)
    {
        IsUsageError = isUsageError;
    }

    /// <summary>True when the request itself was wrong (a port in use, a bad directory): exit code 2 rather than 1.</summary>
    public bool IsUsageError { get; }
}
