namespace Qtickets.ClickHouse.Local;

/// <summary>
/// How to reach a local ClickHouse and its three accounts: what <c>D.env</c> holds. The passwords are hidden from
/// <see cref="ToString"/>.
/// </summary>
public sealed record LocalClickHouseConnection(
    string Host,
    int Port,
    string Database,
    ClickHouseAccount Admin,
    ClickHouseAccount Writer,
    ClickHouseAccount Reader)
{
    public Uri Url => new UriBuilder(Uri.UriSchemeHttp, Host, Port, "/").Uri;

    /// <summary>Connection options for <paramref name="account"/>, in <paramref name="database"/> (default: <see cref="Database"/>).</summary>
    public ClickHouseConnectionOptions Options(ClickHouseAccount account, string? database = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new ClickHouseConnectionOptions
        {
            Host = Host,
            Port = Port,
            Database = database ?? Database,
            User = account.User,
            Password = account.Password,
        };
    }

    public override string ToString() => $"{Url} database={Database} admin={Admin.User} writer={Writer.User} reader={Reader.User}";
}
