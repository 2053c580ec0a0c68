namespace Qtickets.Api.Parsing;

/// <summary>
/// A list member of an API record (baskets, refunds): its object items, or why it is not a list of objects.
/// A PHP associative array (<c>{"0": {...}, "3": {...}}</c>) is a list of its values.
/// </summary>
internal sealed record ApiList<T>(IReadOnlyList<T> Items, string? Problem)
{
    public static readonly ApiList<T> Empty = new([], null);
}
