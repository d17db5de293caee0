using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Agreements;

public sealed record AgreementUpsertResponse(string Outcome, AgreementResponse Agreement);

/// <summary>
/// The drafting region's agreement named by its external reference: drafted when new, "Unchanged" when it says the
/// same (a retried create needs no If-Match), otherwise the draft is revised, which needs the version the caller read.
/// An agreement past its draft changes only through amendments (409 agreement.content-fixed).
/// </summary>
internal static class AgreementUpsert
{
    public static async Task<(Agreement Agreement, UpsertOutcome Outcome)> ApplyAsync(
        AgreementsDbContext db,
        string externalReference,
        AgreementContent content,
        CallerIdentity caller,
        Action<long> checkVersionIfSent,
        Action<long> requireVersion,
        DateTime now,
        CancellationToken cancellationToken)
    {
        var reference = ExternalReferences.Checked(externalReference);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Agreements.AsSplitQuery().SingleOrDefaultAsync(a => a.DraftingRegionCode == caller.Region && a.ExternalReference == reference, cancellationToken);
            if (existing is not null)
            {
                return await UpdateAsync(db, existing, content, caller, checkVersionIfSent, requireVersion, now, cancellationToken);
            }

            var drafted = Agreement.Draft(caller, content, now, reference);
            db.Agreements.Add(drafted);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (drafted, UpsertOutcome.Created);
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Another request drafted the same reference at the same moment (unique index): answer as an upsert of that one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<(Agreement, UpsertOutcome)> UpdateAsync(
        AgreementsDbContext db,
        Agreement existing,
        AgreementContent content,
        CallerIdentity caller,
        Action<long> checkVersionIfSent,
        Action<long> requireVersion,
        DateTime now,
        CancellationToken cancellationToken)
    {
        if (existing.Content.SaysTheSameAs(content))
        {
            checkVersionIfSent(existing.Version);
            return (existing, UpsertOutcome.Unchanged);
        }

        if (existing.Status != AgreementStatus.Draft)
        {
            throw new DomainRuleException(
                "agreement.content-fixed",
                $"Agreement {existing.Id} is {existing.Status}: its content changes only through a numbered amendment (POST /api/v1/agreements/{existing.Id}/amendments).");
        }

        requireVersion(existing.Version);
        existing.Revise(caller, content, now);
        await db.SaveChangesAsync(cancellationToken);
        return (existing, UpsertOutcome.Updated);
    }
}
