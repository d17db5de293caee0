namespace Corridor.Identity.Keys;

/// <summary>
/// Which keys exist, are published and sign at a given time. Each key's successor starts signing
/// <see cref="KeyScheduleOptions.RetireAfter"/> before the key expires and is created (and published)
/// <see cref="KeyScheduleOptions.AnnounceBefore"/> earlier still, so the JWKS lists the next key ahead of
/// use and the previous key until the tokens it signed have expired.
/// </summary>
public sealed class KeySchedule
{
    // Certificates carry whole seconds; a first key starts slightly in the past so it is valid at once.
    private static readonly TimeSpan StartMargin = TimeSpan.FromMinutes(1);

    private readonly KeyScheduleOptions _options;

    public KeySchedule(KeyScheduleOptions options)
    {
        options.Validate();
        _options = options;
    }

    /// <summary>The key to create now, if any.</summary>
    public (DateTime NotBefore, DateTime NotAfter)? KeyToCreate(IReadOnlyCollection<KeyPeriod> keys, DateTime now)
    {
        var published = Published(keys, now);
        if (Signing(published, now) is null)
        {
            var start = now - StartMargin;
            return (start, start + _options.Lifetime);
        }

        var newest = published.MaxBy(k => k.NotAfter)!;
        var takeover = newest.NotAfter - _options.RetireAfter;
        if (now < takeover - _options.AnnounceBefore)
        {
            return null;
        }

        // Never start the successor in the past: the key it replaces would stop signing without notice.
        var successorStart = takeover > now ? takeover : now;
        return (successorStart, successorStart + _options.Lifetime);
    }

    /// <summary>The key that signs: valid now, with the furthest expiry (the order OpenIddict prefers).</summary>
    public static KeyPeriod? Signing(IEnumerable<KeyPeriod> keys, DateTime now) =>
        keys.Where(k => k.IsValidAt(now)).MaxBy(k => k.NotAfter);

    /// <summary>Keys not yet expired: the next (announced), the current and the previous (retiring) key.</summary>
    public static IReadOnlyList<KeyPeriod> Published(IEnumerable<KeyPeriod> keys, DateTime now) =>
        keys.Where(k => k.NotAfter > now).OrderByDescending(k => k.NotAfter).ToList();

    /// <summary>Keys to delete: expired, so no valid token can carry their signature.</summary>
    public static IReadOnlyList<KeyPeriod> Expired(IEnumerable<KeyPeriod> keys, DateTime now) =>
        keys.Where(k => k.NotAfter <= now).ToList();

    /// <summary>When the schedule should run next: the earliest of the next switch, announcement or expiry.</summary>
    public DateTime NextChange(IReadOnlyCollection<KeyPeriod> keys, DateTime now)
    {
        var published = Published(keys, now);
        var candidates = published.Select(k => k.NotAfter)
            .Concat(published.Select(k => k.NotBefore))
            .Concat(published.Select(k => k.NotAfter - _options.RetireAfter - _options.AnnounceBefore))
            .Where(t => t > now);
        var next = candidates.DefaultIfEmpty(now + _options.CheckInterval).Min();
        return next < now + _options.CheckInterval ? next : now + _options.CheckInterval;
    }
}
