namespace Corridor.Notifications.Texts;

/// <summary>
/// Days as the conference counts them: China Standard Time, UTC+8 all year (no daylight saving since 1991), so a
/// fixed offset is exact and needs no time-zone database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Date(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    public static DateOnly Today(TimeProvider clock) => Date(clock.GetUtcNow().UtcDateTime);
}
