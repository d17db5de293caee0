using Corridor.Lists.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems;

/// <summary>Supervision figures over a window of days; counting runs in SQL, the median over a bounded sample in memory.</summary>
internal static class ProblemStatistics
{
    /// <summary>The median is taken over at most this many of the latest resolutions in the window.</summary>
    public const int MedianSample = 10_000;

    public const string Rule =
        "resolvedPerRegion: problems whose current resolution (ResolvedAt, UTC) falls in [from, to], grouped by handling region and calendar month; a reopened problem counts only once it is resolved again. " +
        "medianDaysToResolve: median of (ResolvedAt - CreatedAt) in days over the latest 10000 of those resolutions. " +
        "overdueRate: among problems due in [from, to] that were not rejected or marked duplicate, the share resolved after their due date or still being handled past it today.";

    public static async Task<ProblemStatisticsResponse> ComputeAsync(ListsDbContext db, DateOnly? from, DateOnly? to, DateOnly today, CancellationToken cancellationToken)
    {
        var end = to ?? today;
        // A window may reach either end of the calendar, where a year back or a day on does not exist.
        var start = from ?? (end.Year > 1 ? end.AddYears(-1) : DateOnly.MinValue);
        if (start > end)
        {
            throw new ValidationException([new ValidationFailure("from", "from must not be after to.")]);
        }

        var windowStart = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var windowEnd = end == DateOnly.MaxValue ? DateTime.MaxValue : end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var resolved = db.Problems.AsNoTracking().Where(p => p.ResolvedAt >= windowStart && p.ResolvedAt < windowEnd);

        var perRegion = await resolved
            .GroupBy(p => new { p.HandlingRegionCode, p.ResolvedAt!.Value.Year, p.ResolvedAt!.Value.Month })
            .Select(g => new { g.Key.HandlingRegionCode, g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var durations = await resolved
            .OrderByDescending(p => p.ResolvedAt).ThenBy(p => p.Id)
            .Take(MedianSample)
            .Select(p => new { p.CreatedAt, ResolvedAt = p.ResolvedAt!.Value })
            .ToListAsync(cancellationToken);

        var due = db.Problems.AsNoTracking()
            .Where(p => p.DueDate >= start && p.DueDate <= end && p.Status != ProblemStatus.Rejected && p.Status != ProblemStatus.Duplicate);
        var dueCount = await due.CountAsync(cancellationToken);
        var overdueCount = await due.CountAsync(
            p => (p.ResolvedAt != null && DateOnly.FromDateTime(p.ResolvedAt.Value) > p.DueDate) || (p.ResolvedAt == null && p.DueDate < today && Problem.HandlingStatuses.Contains(p.Status)),
            cancellationToken);

        return new ProblemStatisticsResponse(
            start,
            end,
            perRegion.OrderBy(r => r.HandlingRegionCode, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Month)
                .Select(r => new ResolvedInPeriod(r.HandlingRegionCode, $"{r.Year:D4}-{r.Month:D2}", r.Count)).ToArray(),
            Median(durations.Select(d => (d.ResolvedAt - d.CreatedAt).TotalDays).ToList()),
            durations.Count,
            dueCount,
            overdueCount,
            dueCount == 0 ? null : (double)overdueCount / dueCount,
            Rule);
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
