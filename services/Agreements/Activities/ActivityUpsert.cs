using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Activities;

public sealed record ActivityUpsertResponse(string Outcome, ActivityResponse Activity);

/// <summary>
/// The caller region's activity named by its external reference, under one agreement: recorded when new,
/// "Unchanged" when it records the same (a retried create needs no If-Match), otherwise corrected, which needs
/// the version the caller read. A reference the region already used under another agreement is 409.
/// </summary>
internal static class ActivityUpsert
{
    public static async Task<(Activity Activity, UpsertOutcome Outcome)> ApplyAsync(
        AgreementsDbContext db,
        Guid agreementId,
        string externalReference,
        ActivityInput input,
        CallerIdentity caller,
        Action<long> checkVersionIfSent,
        Action<long> requireVersion,
        DateTime now,
        CancellationToken cancellationToken)
    {
        var reference = ExternalReferences.Checked(externalReference);
        var agreement = await AgreementQueries.GetAsync(db, agreementId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Activities.SingleOrDefaultAsync(a => a.RecordedByRegionCode == caller.Region && a.ExternalReference == reference, cancellationToken);
            if (existing is not null)
            {
                return await UpdateAsync(db, agreement, existing, input, caller, checkVersionIfSent, requireVersion, now, cancellationToken);
            }

            var recorded = Activity.Record(agreement, caller, input, now, reference);
            db.Activities.Add(recorded);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (recorded, UpsertOutcome.Created);
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Another request recorded the same reference at the same moment (unique index): answer as an upsert of that one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<(Activity, UpsertOutcome)> UpdateAsync(
        AgreementsDbContext db,
        Agreement agreement,
        Activity existing,
        ActivityInput input,
        CallerIdentity caller,
        Action<long> checkVersionIfSent,
        Action<long> requireVersion,
        DateTime now,
        CancellationToken cancellationToken)
    {
        if (existing.AgreementId != agreement.Id)
        {
            throw new DomainRuleException(
                "activity.reference-in-other-agreement",
                $"Your region's activity '{existing.ExternalReference}' was recorded under agreement {existing.AgreementId}; an external reference names one activity.");
        }

        if (existing.Input.SaysTheSameAs(input))
        {
            checkVersionIfSent(existing.Version);
            return (existing, UpsertOutcome.Unchanged);
        }

        var loaded = existing.Version;
        requireVersion(loaded);
        existing.Revise(agreement, caller, input, now);
        // The caller's version was current when read; another correction saved first makes their copy stale (412 / ABORTED).
        await AggregateChange.SaveAsync(db, db.Activities, existing.Id, loaded, cancellationToken);
        return (existing, UpsertOutcome.Updated);
    }
}
