namespace Qtickets.Configuration;

/// <summary>A setting: its canonical name and the aliases of the earlier stack, searched in this order.</summary>
public sealed record SettingName(string Canonical, params string[] Aliases)
{
    public IReadOnlyList<string> AllNames { get; } = [Canonical, .. Aliases];

    public override string ToString() => Canonical;
}
