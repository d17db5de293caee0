using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Lifecycle;

/// <summary>
/// One round of the scheduled lifecycle: Signed agreements whose term has started become Active, agreements in
/// force whose term has ended expire, and those ending within the renewal window get one RenewalDue. Each
/// agreement is saved on its own with its version as the concurrency token, so when several replicas run the
/// same round on one database only one save per agreement wins and only one event is written.
/// </summary>
internal sealed class AgreementLifecycle(AgreementsDbContext db, LifecycleOptions options, TimeProvider clock, ILogger<AgreementLifecycle> logger)
{
    public async Task<LifecycleRound> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var renewalEnd = today.AddDays(options.RenewalWindowDays);

        var activated = await ApplyAsync(
            db.Agreements.Where(a => a.Status == AgreementStatus.Signed && a.TermStart <= today),
            a => a.Status == AgreementStatus.Signed && a.TermStart <= today,
            a => a.ActivateOnEffectiveDate(now),
            cancellationToken);
        var expired = await ApplyAsync(
            db.Agreements.Where(a => Agreement.InForce.Contains(a.Status) && a.TermEnd != null && a.TermEnd < today),
            a => a.IsInForce && a.TermEnd < today,
            a => a.Expire(now),
            cancellationToken);
        var warned = await ApplyAsync(
            db.Agreements.Where(a => Agreement.InForce.Contains(a.Status) && a.TermEnd != null && a.TermEnd >= today && a.TermEnd <= renewalEnd
                && (a.RenewalDueFor == null || a.RenewalDueFor != a.TermEnd)),
            a => a.IsRenewalDue(options.RenewalWindowDays, today),
            a => a.WarnRenewalDue(options.RenewalWindowDays, now),
            cancellationToken);
        return new LifecycleRound(activated, expired, warned);
    }

    private async Task<int> ApplyAsync(IQueryable<Agreement> candidates, Func<Agreement, bool> stillDue, Action<Agreement> change, CancellationToken cancellationToken)
    {
        var ids = await candidates.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var agreement = await db.Agreements.AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (agreement is null || !stillDue(agreement))
            {
                continue;
            }

            change(agreement);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                done++;
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Agreement {AgreementId} changed while the lifecycle job handled it (another replica or a user); the next round looks again.", id);
            }
        }

        db.ChangeTracker.Clear();
        return done;
    }
}

internal sealed record LifecycleRound(int Activated, int Expired, int RenewalWarnings);
