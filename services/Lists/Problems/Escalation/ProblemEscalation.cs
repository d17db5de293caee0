using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems.Escalation;

/// <summary>
/// One escalation round: every problem overdue by the configured days and not yet escalated is escalated
/// exactly once. Each problem is saved on its own with the version as concurrency token, so when two
/// replicas pick the same problem only one save wins and only one ProblemEscalated is written.
/// </summary>
internal sealed class ProblemEscalation(ListsDbContext db, EscalationOptions options, TimeProvider clock, ILogger<ProblemEscalation> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var days = Math.Max(1, options.OverdueDaysBeforeEscalation);
        var lastDueDate = DateOnly.FromDateTime(now).AddDays(-days);
        var candidates = await db.Problems.AsNoTracking()
            .Where(p => p.EscalatedAt == null && p.DueDate <= lastDueDate && Problem.HandlingStatuses.Contains(p.Status))
            .OrderBy(p => p.DueDate).ThenBy(p => p.Id)
            .Select(p => p.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);

        var escalated = 0;
        foreach (var id in candidates)
        {
            db.ChangeTracker.Clear();
            var problem = await db.Problems.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (problem is null || problem.EscalatedAt is not null || problem.DaysOverdue(DateOnly.FromDateTime(now)) < days)
            {
                continue;
            }

            problem.Escalate(days, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                escalated++;
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Problem {ProblemId} changed while it was being escalated (another replica or a user); the next round looks at it again.", id);
            }
        }

        return escalated;
    }
}
