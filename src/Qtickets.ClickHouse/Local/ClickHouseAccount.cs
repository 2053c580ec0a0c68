namespace Qtickets.ClickHouse.Local;

/// <summary>A user name and its password; <see cref="ToString"/> hides the password.</summary>
public sealed record ClickHouseAccount(string User, string Password)
{
    public override string ToString() => $"{User} (password ***)";
}
