namespace Qtickets.Api.Models;

/// <summary>UTM tags of an order; any subset may be present. <c>Content</c> is <c>&lt;city&gt;_&lt;dd&gt;_&lt;mm&gt;</c> by this organiser's convention.</summary>
public sealed record Utm(string? Source, string? Medium, string? Campaign, string? Content, string? Term)
{
    public static readonly Utm Empty = new(null, null, null, null, null);

    public bool IsEmpty => this == Empty;
}
