using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Review;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects.Drafting;

public sealed record ProjectUpsertResponse(string Outcome, ProjectResponse Project);

/// <summary>
/// One project keyed by the lead region's external reference (the caller's region leads; another region's
/// reference space is its own): drafted when new, "Unchanged" when the content is the same (the precondition
/// honoured when given), otherwise edited as the next revision, which requires the precondition.
/// </summary>
internal static class ProjectUpsert
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Unchanged = "Unchanged";

    public static async Task<(Project Project, string Outcome)> ApplyAsync(
        ListsDbContext db,
        string externalReference,
        ProjectContent content,
        CallerIdentity caller,
        VersionPrecondition precondition,
        AgreementBindingCheck agreements,
        ReviewPolicy policy,
        DateTime now,
        CancellationToken cancellationToken)
    {
        // Its length was checked by UpsertProjectValidator.
        var reference = externalReference.Trim();
        var existing = await db.Projects.AsSplitQuery()
            .SingleOrDefaultAsync(p => p.LeadRegionCode == caller.Region && p.ExternalReference == reference, cancellationToken);
        if (existing is null)
        {
            return (await DraftAsync(db, caller, content, reference, agreements, now, cancellationToken), Created);
        }

        precondition.Check(existing.Version);
        // The diff compares valid content only (it keys partners by organ), so the edit's rules come first.
        content.EnsureValid(existing.LeadOrganId, existing.LeadRegionCode);
        if (content.DiffFrom(existing.Content).Count == 0)
        {
            return (existing, Unchanged);
        }

        var edited = await AggregateChange.ApplyAsync(db, db.Projects.AsSplitQuery(), existing.Id, precondition.Required, ProjectDrafting.Edit(caller, content, agreements, policy, now, cancellationToken), cancellationToken);
        return (edited, Updated);
    }

    private static async Task<Project> DraftAsync(
        ListsDbContext db, CallerIdentity caller, ProjectContent content, string reference, AgreementBindingCheck agreements, DateTime now, CancellationToken cancellationToken)
    {
        var project = await ProjectDrafting.DraftAsync(db, caller, content, agreements, now, cancellationToken, reference);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request with the same reference may have won the race between the lookup and the insert.
            db.ChangeTracker.Clear();
            if (await db.Projects.AsNoTracking().AnyAsync(p => p.LeadRegionCode == caller.Region && p.ExternalReference == reference, CancellationToken.None))
            {
                throw new DomainRuleException(
                    "project.external-reference-taken", $"Your region's project '{reference}' was created by a concurrent request; read it and send your change with If-Match.");
            }

            throw;
        }

        return project;
    }
}
