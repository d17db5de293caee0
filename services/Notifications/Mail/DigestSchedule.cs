using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Mail;

/// <summary>When the daily digest runs: once a day at a time of day in China (UTC+8).</summary>
public static class DigestSchedule
{
    /// <summary>The digest instant (UTC) of the China day of <paramref name="utc"/>.</summary>
    public static DateTime OnDayOf(DateTime utc, TimeSpan digestAt)
    {
        var day = ChinaTime.Date(utc);
        return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + digestAt - ChinaTime.Offset;
    }

    /// <summary>The first digest instant (UTC) strictly after <paramref name="utc"/>.</summary>
    public static DateTime NextAfter(DateTime utc, TimeSpan digestAt)
    {
        var today = OnDayOf(utc, digestAt);
        return today > utc ? today : OnDayOf(utc + TimeSpan.FromDays(1), digestAt);
    }
}
