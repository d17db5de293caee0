using Corridor.Sync.Cli;

namespace Corridor.Sync.Webhooks;

/// <summary>The connection of every webhook command (the Notifications service is <c>--notifications-url</c> or behind <c>--base-url</c>).</summary>
public class WebhookSettings : ConnectionSettings;
