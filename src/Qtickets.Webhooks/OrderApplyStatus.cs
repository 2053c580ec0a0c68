namespace Qtickets.Webhooks;

/// <summary>What became of one webhook's order.</summary>
public enum OrderApplyStatus
{
    /// <summary>Stored (staging and the days it touched); answered 200.</summary>
    Applied,

    /// <summary>Outside the data contract: logged and counted, never stored; answered 200 so QTickets stops retrying.</summary>
    Rejected,

    /// <summary>Could not be stored now (ClickHouse unreachable, the order's event unknown and the API unreachable); answered 503 so QTickets retries.</summary>
    Refused,
}
