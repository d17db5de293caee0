using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using Corridor.Lists.Projects.Reactions;
using Corridor.Lists.Projects.Review;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

/// <summary>
/// A project read as <see cref="ProjectResponse"/> shows it, without loading the aggregate: its revisions (a stored
/// snapshot each) and its history, which the response does not show, are not read, and a collection is read only when
/// the project has one. The queries are compiled once: building and translating their expression trees on every
/// request cost more than running them. Pending, blocked and overdue come from the project's own rules.
/// </summary>
internal static class ProjectResponseQuery
{
    public static async Task<ProjectResponse> GetAsync(ListsDbContext db, Guid id, ReviewPolicy policy, DateTime now, CancellationToken cancellationToken)
    {
        var q = CompiledPerModel<Compiled>.For(db);
        var p = await q.Row(db, id, cancellationToken) ?? throw new NotFoundException("Project", id.ToString());

        // Ordered here, not in SQL, so the order is the ordinal one on every provider (as ProjectResponse.From orders).
        PartnerResponse[] partners = p.HasPartners
            ? (await q.Partners(db, id).ToListAsync(cancellationToken)).OrderBy(x => x.OrganId, StringComparer.Ordinal).ToArray()
            : [];
        MilestoneResponse[] milestones = p.HasMilestones
            ? (await q.Milestones(db, id).ToListAsync(cancellationToken)).OrderBy(m => m.Number).ToArray()
            : [];
        List<Approval> approvals = p.HasApprovals ? await q.Approvals(db, id).ToListAsync(cancellationToken) : [];
        var agreement = p.AgreementId is { } agreementId ? AgreementStateResponse.From(await q.Agreement(db, agreementId, cancellationToken)) : null;
        var deployments = await q.Deployments(db, id).ToListAsync(cancellationToken);

        var regions = Project.RegionsOf(p.LeadRegionCode, partners.Select(x => x.RegionCode)).ToArray();
        var pending = Project.PendingParties(policy, p.Status, p.Round, regions, approvals);
        return await new ProjectResponse(
            p.Id, p.Title, p.Description, p.Category.ToString(), p.BudgetFen / 100m, p.BudgetFen, p.StartDate, p.EndDate, p.LeadOrganId, p.LeadRegionCode,
            p.PenHolderRegionCode, partners, milestones, p.AgreementId, agreement, p.Status.ToString(), p.Revision, p.Round, p.SubmittedAt, p.ReviewDueAt,
            Project.IsReviewOverdue(p.Status, p.ReviewDueAt, now),
            approvals.OrderBy(a => a.ApprovedAt).ThenBy(a => a.Id).Select(ApprovalResponse.From).ToArray(),
            pending.Select(r => r.Key).ToArray(),
            Project.BlockedParties(policy, regions, pending).Select(r => r.Key).ToArray(),
            p.ReviewComments, p.RejectionReason, p.CancellationReason,
            deployments.OrderBy(d => d.From).ThenBy(d => d.DeploymentId).Select(DeploymentResponse.Of).ToArray(),
            p.CreatedAt, p.UpdatedAt, p.ApprovedAt, p.ExecutionStartedOn, p.CompletedOn, p.ExternalReference, p.Version).NamedAsync(db, cancellationToken);
    }

    private sealed class Compiled
    {
        public readonly Func<ListsDbContext, Guid, CancellationToken, Task<ProjectRow?>> Row = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id, CancellationToken _) => db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new ProjectRow(
            p.Id, p.Title, p.Description, p.Category, p.BudgetFen, p.StartDate, p.EndDate, p.LeadOrganId, p.LeadRegionCode, p.PenHolderRegionCode,
            p.AgreementId, p.Status, p.Revision, p.Round, p.SubmittedAt, p.ReviewDueAt, p.ReviewComments, p.RejectionReason, p.CancellationReason,
            p.CreatedAt, p.UpdatedAt, p.ApprovedAt, p.ExecutionStartedOn, p.CompletedOn, p.ExternalReference, p.Version,
            p.Partners.Any(), p.Milestones.Any(), p.Approvals.Any()))
                .SingleOrDefault());

        public readonly Func<ListsDbContext, Guid, IAsyncEnumerable<PartnerResponse>> Partners = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id) => db.Projects.AsNoTracking().Where(p => p.Id == id).SelectMany(p => p.Partners)
                .Select(x => new PartnerResponse(x.OrganId, x.RegionCode, null)));

        public readonly Func<ListsDbContext, Guid, IAsyncEnumerable<MilestoneResponse>> Milestones = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id) => db.Projects.AsNoTracking().Where(p => p.Id == id).SelectMany(p => p.Milestones)
                .Select(m => new MilestoneResponse(m.Number, m.Title, m.DueDate, m.Percent, m.ReachedOn, m.LastNote, m.UpdatedAt)));

        public readonly Func<ListsDbContext, Guid, IAsyncEnumerable<Approval>> Approvals = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id) => db.Projects.AsNoTracking().Where(p => p.Id == id).SelectMany(p => p.Approvals));

        public readonly Func<ListsDbContext, Guid, CancellationToken, Task<LinkedAgreement?>> Agreement = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid agreementId, CancellationToken _) => db.LinkedAgreements.AsNoTracking().SingleOrDefault(a => a.AgreementId == agreementId));

        public readonly Func<ListsDbContext, Guid, IAsyncEnumerable<ProjectDeployment>> Deployments = EF.CompileAsyncQuery(
            (ListsDbContext db, Guid id) => db.ProjectDeployments.AsNoTracking().Where(d => d.ProjectId == id));
    }

    private sealed record ProjectRow(
        Guid Id, string Title, string Description, ProjectCategory Category, long? BudgetFen, DateOnly? StartDate, DateOnly? EndDate, string LeadOrganId,
        string LeadRegionCode, string PenHolderRegionCode, Guid? AgreementId, ProjectStatus Status, int Revision, int Round, DateTime? SubmittedAt,
        DateTime? ReviewDueAt, string? ReviewComments, string? RejectionReason, string? CancellationReason, DateTime CreatedAt, DateTime UpdatedAt,
        DateTime? ApprovedAt, DateOnly? ExecutionStartedOn, DateOnly? CompletedOn, string? ExternalReference, long Version,
        bool HasPartners, bool HasMilestones, bool HasApprovals);
}
