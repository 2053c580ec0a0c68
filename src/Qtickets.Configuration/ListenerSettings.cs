namespace Qtickets.Configuration;

/// <summary>Everything <c>qtickets listen</c> needs: the loader's settings (ClickHouse, QTickets, rules) and the listener's own.</summary>
public sealed record ListenerSettings(LoaderSettings Loader, WebhookSettings Webhook);
