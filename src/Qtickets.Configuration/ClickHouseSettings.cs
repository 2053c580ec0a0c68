namespace Qtickets.Configuration;

/// <summary>
/// ClickHouse connection settings: the loader writes as <see cref="User"/>; schema work
/// (bootstrap, reset, verify) uses the admin account, falling back to the writer when none is set.
/// </summary>
public sealed record ClickHouseSettings(
    string Host,
    int Port,
    string Database,
    string User,
    Secret Password,
    bool Secure,
    bool VerifySsl,
    string? AdminUser,
    Secret? AdminPassword,
    string? ReaderUser,
    Secret? ReaderPassword)
{
    public string EffectiveAdminUser => AdminUser ?? User;

    public Secret EffectiveAdminPassword => AdminUser is null ? Password : AdminPassword ?? new Secret(string.Empty);

    public bool IsLoopback => Host is "localhost" or "127.0.0.1" or "::1" or "[::1]";

    public Uri BaseUri => new($"{(Secure ? "https" : "http")}://{Host}:{Port}/");

    public override string ToString() => $"{BaseUri} database={Database} user={User}";
}
