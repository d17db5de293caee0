namespace Corridor.Notifications.Webhooks;

/// <summary>The regions whose endpoints may receive an event: every member region, some regions, or none.</summary>
public sealed record WebhookReaders(bool EveryMember, IReadOnlySet<string> Regions)
{
    public static WebhookReaders Members { get; } = new(true, new HashSet<string>());

    public static WebhookReaders Nobody { get; } = new(false, new HashSet<string>());

    public static WebhookReaders Only(params string[] regions) => new(false, regions.ToHashSet(StringComparer.Ordinal));

    public bool Include(string regionCode) => EveryMember || Regions.Contains(regionCode);
}
