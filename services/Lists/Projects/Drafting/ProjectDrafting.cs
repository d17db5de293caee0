using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Create and edit, shared by REST and gRPC: the agreement is checked with Agreements before anything is saved.</summary>
internal static class ProjectDrafting
{
    public static async Task<Project> CreateAsync(
        ListsDbContext db, CallerIdentity caller, ProjectContent content, AgreementBindingCheck agreements, DateTime now, CancellationToken cancellationToken)
    {
        var project = await DraftAsync(db, caller, content, agreements, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    /// <summary>Drafts and adds the project to <paramref name="db"/> without saving, so the caller can commit more with it.</summary>
    public static async Task<Project> DraftAsync(
        ListsDbContext db, CallerIdentity caller, ProjectContent content, AgreementBindingCheck agreements, DateTime now, CancellationToken cancellationToken,
        string? externalReference = null)
    {
        var project = Project.Draft(caller, content, now, externalReference);
        if (content.AgreementId is { } agreementId)
        {
            await agreements.EnsureActiveAndBindingAsync(agreementId, project.ParticipatingOrgans, cancellationToken);
        }

        db.Projects.Add(project);
        return project;
    }

    /// <summary>The change for <see cref="Corridor.BuildingBlocks.UseCases.AggregateChange"/>: when the agreement or the organs change, the agreement is checked again.</summary>
    public static Func<Project, Task> Edit(
        CallerIdentity caller, ProjectContent content, AgreementBindingCheck agreements, ReviewPolicy policy, DateTime now, CancellationToken cancellationToken) =>
        async project =>
        {
            var organsChanged = !content.Partners.Select(x => x.OrganId).Order(StringComparer.Ordinal)
                .SequenceEqual(project.Partners.Select(x => x.OrganId).Order(StringComparer.Ordinal));
            if (content.AgreementId is { } agreementId && (agreementId != project.AgreementId || organsChanged))
            {
                await agreements.EnsureActiveAndBindingAsync(agreementId, content.Partners.Select(x => x.OrganId).Prepend(project.LeadOrganId), cancellationToken);
            }

            project.Edit(caller, content, policy, now);
        };
}
