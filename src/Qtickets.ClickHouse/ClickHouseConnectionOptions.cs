using System.Globalization;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse;

/// <summary>
/// Where and as whom to reach one ClickHouse database over its HTTP interface. Built and validated once at
/// start-up; <see cref="ToString"/> never shows the password, so the options can be logged.
/// </summary>
public sealed record ClickHouseConnectionOptions
{
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(60);

    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 8123;

    public string Database { get; init; } = "zakaz";

    public string User { get; init; } = "default";

    public string Password { get; init; } = string.Empty;

    public bool Secure { get; init; }

    public bool VerifySsl { get; init; } = true;

    /// <summary>Upper bound of one request, from sending it to reading the last byte of the answer.</summary>
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    public Uri BaseUri => new UriBuilder(Secure ? Uri.UriSchemeHttps : Uri.UriSchemeHttp, Host, Port, "/").Uri;

    /// <summary>The server part only (no user, no password), for messages.</summary>
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"{(Secure ? "https" : "http")}://{Host}:{Port}");

    /// <summary>Every problem of these options at once, each naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Host) || Uri.CheckHostName(Host) == UriHostNameType.Unknown)
        {
            errors.Add($"Host '{Host}' is not a host name or IP address");
        }

        if (Port is < 1 or > 65535)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"Port must be between 1 and 65535, got {Port}"));
        }

        if (!SqlIdentifier.IsValid(Database))
        {
            errors.Add($"Database '{Database}' {SqlIdentifier.Rule}");
        }

        if (string.IsNullOrWhiteSpace(User) || User.Any(char.IsControl))
        {
            errors.Add("User must be a non-empty name without control characters");
        }

        if (Password.Any(char.IsControl))
        {
            // The password travels in an HTTP header; a line break would split the request.
            errors.Add("Password must not contain control characters");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"RequestTimeout must be positive, got {RequestTimeout}"));
        }

        return errors;
    }

    /// <summary>Returns these options when valid; otherwise throws one exception listing every problem.</summary>
    public ClickHouseConnectionOptions EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new ClickHouseConfigurationException(errors);
    }

    public ClickHouseConnectionOptions WithDatabase(string database) => this with { Database = database };

    public override string ToString() =>
        $"{Endpoint}/{Database} as {User} (password {(Password.Length == 0 ? "empty" : "***")})";
}
