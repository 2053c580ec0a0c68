namespace Qtickets.ClickHouse;

/// <summary>A request body produced from the caller's rows; remembers why producing it failed, if it did.</summary>
internal interface IRowSourceContent
{
    Exception? Failure { get; }
}
