namespace Qtickets.Simulator.Query;

/// <summary>A request whose query object cannot be served; answered with HTTP 400 and the message.</summary>
internal sealed class QueryException : Exception
{
    public QueryException(string message)
        : base(message)
    {
    }

    public QueryException()
    {
    }

    public QueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
