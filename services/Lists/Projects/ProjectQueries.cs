using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using Corridor.Lists.Projects.Review;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

/// <summary>The reads behind the project query use cases.</summary>
internal static class ProjectQueries
{
    // Project page tokens are marked, so a token handed out by another list is refused here.
    private const string CursorScope = "p";

    /// <summary>Statuses in which a linked agreement that is not Active matters (the project is not finished).</summary>
    private static readonly ProjectStatus[] Live =
        [ProjectStatus.Draft, ProjectStatus.Submitted, ProjectStatus.ChangesRequested, ProjectStatus.Approved, ProjectStatus.InExecution];

    public static async Task<Project> GetAsync(ListsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new NotFoundException("Project", id.ToString());

    /// <summary>The project with its agreement state and deployed teams from the read models.</summary>
    public static async Task<ProjectResponse> ViewAsync(ListsDbContext db, Project project, ReviewPolicy policy, DateTime now, CancellationToken cancellationToken)
    {
        var agreement = project.AgreementId is { } agreementId
            ? await db.LinkedAgreements.AsNoTracking().SingleOrDefaultAsync(a => a.AgreementId == agreementId, cancellationToken)
            : null;
        var deployments = await db.ProjectDeployments.AsNoTracking().Where(d => d.ProjectId == project.Id).ToListAsync(cancellationToken);
        return await ProjectResponse.From(project, policy, now, agreement, deployments).NamedAsync(db, cancellationToken);
    }

    public static async Task<ProjectPage> ListAsync(ListsDbContext db, ProjectFilter filter, DateTime now, CancellationToken cancellationToken)
    {
        var after = ListFilter.Cursor(filter.Cursor, nameof(filter.Cursor), CursorScope);
        var limit = filter.Limit ?? ProjectFilter.DefaultLimit;
        var rows = await SummariesAsync(db, Filtered(db, filter).PageAfter(p => p.CreatedAt, p => p.Id, after, limit), now, cancellationToken);
        var page = KeysetPaging.Cut(rows, limit, p => new PageCursor(p.CreatedAt, p.Id), p => p, CursorScope);
        return new ProjectPage(page.Items, page.NextCursor);
    }

    private static IQueryable<Project> Filtered(ListsDbContext db, ProjectFilter filter)
    {
        var query = db.Projects.AsNoTracking();
        if (filter.Status is { } status)
        {
            var value = Enum.Parse<ProjectStatus>(status);
            query = query.Where(p => p.Status == value);
        }

        if (filter.Region is { } region)
        {
            query = query.Where(p => p.LeadRegionCode == region || p.Partners.Any(x => x.RegionCode == region));
        }

        if (filter.Agreement is { } agreement)
        {
            query = query.Where(p => p.AgreementId == agreement);
        }

        if (filter.Category is { } category)
        {
            var value = Enum.Parse<ProjectCategory>(category);
            query = query.Where(p => p.Category == value);
        }

        if (filter.Flagged is { } flagged)
        {
            query = flagged
                ? query.Where(p => Live.Contains(p.Status) && db.LinkedAgreements.Any(a => a.AgreementId == p.AgreementId && a.Status != "Active"))
                : query.Where(p => !(Live.Contains(p.Status) && db.LinkedAgreements.Any(a => a.AgreementId == p.AgreementId && a.Status != "Active")));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            query = query.WhereContains(db.Database, filter.Q.Trim(), p => p.Title, p => p.Description);
        }

        return query;
    }

    /// <summary>
    /// My review queue: submitted projects whose current round still waits for the caller's party — a coordinator's
    /// region, or the secretariat (when the policy requires it). Oldest deadline first.
    /// </summary>
    public static async Task<IReadOnlyList<ProjectSummary>> ReviewQueueAsync(
        ListsDbContext db, CallerIdentity caller, ReviewPolicy policy, DateTime now, CancellationToken cancellationToken)
    {
        var secretariat = caller.IsSecretariat && policy.RequireSecretariat;
        var coordinatorKey = ReviewParty.CoordinatorOf(caller.Region).Key;
        var region = caller.Region;
        var query = db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Submitted);
        query = (caller.IsCoordinator, secretariat) switch
        {
            (true, true) => query.Where(p =>
                ((p.LeadRegionCode == region || p.Partners.Any(x => x.RegionCode == region)) && !p.Approvals.Any(a => a.Party == coordinatorKey && a.Round == p.Round && a.VoidedAt == null))
                || !p.Approvals.Any(a => a.Party == ReviewParty.SecretariatKey && a.Round == p.Round && a.VoidedAt == null)),
            (true, false) => query.Where(p =>
                (p.LeadRegionCode == region || p.Partners.Any(x => x.RegionCode == region)) && !p.Approvals.Any(a => a.Party == coordinatorKey && a.Round == p.Round && a.VoidedAt == null)),
            (false, true) => query.Where(p => !p.Approvals.Any(a => a.Party == ReviewParty.SecretariatKey && a.Round == p.Round && a.VoidedAt == null)),
            _ => query.Where(p => false),
        };

        return await SummariesAsync(db, query.OrderBy(p => p.ReviewDueAt).ThenBy(p => p.Id).Take(ProjectFilter.MaxLimit), now, cancellationToken);
    }

    /// <summary>Submitted projects whose review round is past its deadline; a coordinator sees the ones their region takes part in, the secretariat all.</summary>
    public static async Task<IReadOnlyList<ProjectSummary>> OverdueReviewsAsync(ListsDbContext db, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var region = caller.Region;
        var query = db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Submitted && p.ReviewDueAt < now);
        if (!caller.IsSecretariat)
        {
            query = query.Where(p => p.LeadRegionCode == region || p.Partners.Any(x => x.RegionCode == region));
        }

        return await SummariesAsync(db, query.OrderBy(p => p.ReviewDueAt).ThenBy(p => p.Id).Take(ProjectFilter.MaxLimit), now, cancellationToken);
    }

    /// <summary>
    /// Submitted projects waiting for a party that can never approve under the current configuration, with those
    /// parties. Evaluated against the configuration in memory over the submitted projects (a bounded set).
    /// </summary>
    public static async Task<IReadOnlyList<BlockedReview>> BlockedReviewsAsync(ListsDbContext db, ReviewPolicy policy, CancellationToken cancellationToken)
    {
        var submitted = await db.Projects.AsNoTracking().AsSplitQuery()
            .Where(p => p.Status == ProjectStatus.Submitted)
            .OrderBy(p => p.ReviewDueAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return submitted
            .Select(p => (Project: p, Blocked: p.BlockedParties(policy)))
            .Where(x => x.Blocked.Count > 0)
            .Select(x => new BlockedReview(x.Project.Id, x.Project.Title, x.Project.LeadRegionCode, x.Project.Revision, x.Project.Round, x.Blocked.Select(b => b.Key).ToArray(),
                string.Join("; ", policy.UnreachableRegions(x.Project.ParticipatingRegions).Select(r => $"{r.RegionCode}: {r.Reason}")), x.Project.ReviewDueAt))
            .ToArray();
    }

    public static async Task<RevisionDiffResponse> DiffAsync(ListsDbContext db, Guid id, int from, int to, CancellationToken cancellationToken)
    {
        var project = await GetAsync(db, id, cancellationToken);
        var before = Revision(project, from, "from");
        var after = Revision(project, to, "to");
        return new RevisionDiffResponse(from, to, after.Read().DiffFrom(before.Read()));
    }

    public static ProjectRevision Revision(Project project, int number, string field) =>
        project.Revisions.SingleOrDefault(r => r.Number == number)
        ?? throw new ValidationException([new ValidationFailure(field, $"The project has revisions 1 to {project.Revision}.")]);

    private static async Task<List<ProjectSummary>> SummariesAsync(ListsDbContext db, IQueryable<Project> query, DateTime now, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.Category,
                p.Status,
                p.LeadOrganId,
                p.LeadRegionCode,
                p.AgreementId,
                p.BudgetFen,
                p.Revision,
                p.ReviewDueAt,
                p.CreatedAt,
                p.Version,
                Flagged = db.LinkedAgreements.Any(a => a.AgreementId == p.AgreementId && a.Status != "Active"),
            })
            .ToListAsync(cancellationToken);
        var names = await db.OrganNamesAsync(rows.Select(p => p.LeadOrganId), cancellationToken);
        return rows.Select(p => new ProjectSummary(
            p.Id, p.Title, p.Category.ToString(), p.Status.ToString(), p.LeadOrganId, p.LeadRegionCode, p.AgreementId, p.Flagged && Live.Contains(p.Status),
            p.BudgetFen / 100m, p.Revision, p.ReviewDueAt, p.Status == ProjectStatus.Submitted && p.ReviewDueAt < now, p.CreatedAt, p.Version,
            names.Of(p.LeadOrganId))).ToList();
    }
}

public sealed record BlockedReview(
    Guid ProjectId, string Title, string LeadRegionCode, int Revision, int Round, IReadOnlyList<string> BlockedParties, string Reason, DateTime? ReviewDueAt);
