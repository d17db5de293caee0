using System.Globalization;
using Corridor.BuildingBlocks.Security;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Records;
using Corridor.Notifications.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Reminders;

/// <summary>
/// Every Monday from 09:00 China time, each coordinator gets one digest of the yellow (due within
/// <see cref="ReminderOptions.ProblemDueSoonDays"/>) and red (past due) problems their region answers for: counts and up
/// to <see cref="MaxTitles"/> titles each. Keyed by ISO week and region, so it is sent once a week; a round that first
/// runs later in the week (every replica was down on Monday morning) still sends that week's digest.
/// </summary>
public sealed class WeeklyDigest(NotificationsDbContext db, ReminderOnce once, IOptions<ReminderOptions> options, TimeProvider clock)
{
    public const int MaxTitles = 10;

    private const int MaxTitleLength = 60;

    private static readonly TimeSpan SendFrom = TimeSpan.FromHours(9);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var local = clock.GetUtcNow().UtcDateTime + ChinaTime.Offset;
        if (!options.Value.WeeklyDigest || (local.DayOfWeek == DayOfWeek.Monday && local.TimeOfDay < SendFrom))
        {
            return 0;
        }

        var week = $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}";
        var regions = await CoordinatedRegionsAsync(cancellationToken);
        var today = DateOnly.FromDateTime(local);
        var horizon = today.AddDays(options.Value.ProblemDueSoonDays);
        var sent = 0;
        foreach (var region in regions)
        {
            var key = $"{NotificationKinds.WeeklyDigest}:{week}:{region}";
            if (await once.HasFiredAsync(key, cancellationToken))
            {
                continue;
            }

            var lit = await db.Problems.AsNoTracking()
                .Where(p => p.Stage == ProblemStage.Accepted && p.DueDate != null && p.ResponsibleOrganId != null && p.DueDate <= horizon
                    && (p.ResponsibleRegionCode == region || (p.ResponsibleRegionCode == null && p.HandlingRegionCode == region)))
                .OrderBy(p => p.DueDate).ThenBy(p => p.ProblemId)
                .ToListAsync(cancellationToken);
            var names = await NameBook.LoadAsync(db, [], [region], cancellationToken);
            var draft = Draft(week, names.Region(region), lit.Where(p => p.DueDate < today).ToList(), lit.Where(p => p.DueDate >= today).ToList());
            sent += await once.SendAsync(key, draft, [Audience.Coordinators(region)], cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    private async Task<List<string>> CoordinatedRegionsAsync(CancellationToken cancellationToken)
    {
        // Roles is space-separated and role names share no substrings: LIKE narrows, HasRole decides.
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.Active && p.RegionCode != "" && p.Roles.Contains(CorridorRoles.Coordinator))
            .ToListAsync(cancellationToken);
        return candidates.Where(p => p.HasRole(CorridorRoles.Coordinator)).Select(p => p.RegionCode).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static NotificationDraft Draft(string week, string region, List<TrackedProblem> red, List<TrackedProblem> yellow)
    {
        var body = $"{region}本周（{week}）红灯问题 {red.Count} 个{Titles(red, "：", "；")}；黄灯问题 {yellow.Count} 个{Titles(yellow, "：", "；")}。";
        var bodyEn = $"{region} this week ({week}): {red.Count} red (overdue){Titles(red, ": ", "; ")}; {yellow.Count} yellow (due soon){Titles(yellow, ": ", "; ")}.";
        // The digest is about a region's week, not one record: it gets an id of its own.
        return new NotificationDraft(
            NotificationKinds.WeeklyDigest,
            red.Count > 0 ? NotificationSeverity.Red : yellow.Count > 0 ? NotificationSeverity.Yellow : NotificationSeverity.Info,
            new RecordRef("notifications", "digest", Guid.NewGuid()),
            new($"每周督办摘要（{week}）：红灯 {red.Count}，黄灯 {yellow.Count}", body),
            new($"Weekly digest ({week}): {red.Count} red, {yellow.Count} yellow", bodyEn));
    }

    // Titles are cut so that two full lists stay within a notification body's 2,000 characters.
    private static string Titles(List<TrackedProblem> problems, string colon, string separator) => problems.Count == 0
        ? ""
        : colon + string.Join(separator, problems.Take(MaxTitles).Select(p => $"“{Cut(p.Title)}”({p.DueDate:yyyy-MM-dd})"))
            + (problems.Count > MaxTitles ? separator + "…" : "");

    private static string Cut(string title) => title.Length <= MaxTitleLength ? title : title[..(MaxTitleLength - 1)] + "…";
}
