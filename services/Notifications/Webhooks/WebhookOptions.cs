namespace Corridor.Notifications.Webhooks;

/// <summary>Settings under <c>Notifications:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Notifications:Webhooks";

    /// <summary>Accept <c>http://</c> URLs (development and tests); otherwise only https.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Accept targets on private, loopback, link-local or unique-local addresses (development and tests).</summary>
    public bool AllowPrivateTargets { get; set; }

    public int MaxEndpointsPerRegion { get; set; } = 20;

    /// <summary>Delays after each failed attempt; after the last one the delivery is Failed.</summary>
    public List<TimeSpan> RetrySchedule { get; set; } = [];

    /// <summary>An endpoint failing without a success for this long is disabled and its region's coordinators told.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(3);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a sender looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 50;

    public static IReadOnlyList<TimeSpan> DefaultRetrySchedule { get; } =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6),
        TimeSpan.FromHours(12), TimeSpan.FromHours(12),
    ];

    /// <summary>The configured schedule, or the default one (35 h 42 min 35 s in all) when none is set.</summary>
    public IReadOnlyList<TimeSpan> EffectiveRetrySchedule => RetrySchedule.Count > 0 ? RetrySchedule : DefaultRetrySchedule;

    /// <summary>A lease outlives the longest POST, so no other replica takes a delivery being sent.</summary>
    public TimeSpan LeaseDuration => RequestTimeout * 3;
}
