using System.Security.Cryptography;
using System.Text.Json;
using Qtickets.Security;

namespace Qtickets.ClickHouse.Local;

/// <summary>
/// What a state directory remembers between starts (<c>instance.json</c>, mode 600): the ports and the passwords,
/// generated once so the dotenv file stays valid across restarts.
/// </summary>
internal sealed record LocalClickHouseInstance(int HttpPort, int TcpPort, int InterserverPort, string AdminPassword, string WriterPassword, string ReaderPassword)
{
    public const string FileName = "instance.json";
    private const string PasswordAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int PasswordLength = 24;

    public static LocalClickHouseInstance? Load(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        // It holds the passwords: whoever reads it keeps it at mode 600.
        PrivateFile.KeepPrivate(path);
        return JsonSerializer.Deserialize<LocalClickHouseInstance>(File.ReadAllText(path));
    }

    public void Save(string stateDirectory) =>
        PrivateFile.Write(Path.Combine(stateDirectory, FileName), JsonSerializer.Serialize(this));

    /// <summary>A password of letters and digits: nothing to quote in XML, dotenv files or HTTP headers.</summary>
    public static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, PasswordLength);

    public LocalClickHouseConnection Connection(string database) => new(
        "127.0.0.1",
        HttpPort,
        database,
        new ClickHouseAccount("admin", AdminPassword),
        new ClickHouseAccount("etl_writer", WriterPassword),
        new ClickHouseAccount("datalens_reader", ReaderPassword));
}
