using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Projects;

public sealed record ApprovedProjectResponse(
    Guid ProjectId, string Title, string LeadRegionCode, int Revision, DateTime ApprovedAt, string Status, DateTime? ClosedAt, string? CloseReason);

/// <summary>A page of GET /api/v1/approved-projects; <see cref="NextCursor"/> is the <c>cursor</c> of the next page, null on the last one.</summary>
public sealed record ApprovedProjectPage(IReadOnlyList<ApprovedProjectResponse> Items, string? NextCursor);

/// <summary>
/// Teams' own read model of the approved projects, without asking Lists: a page of the latest approvals first, ordered by
/// (approvedAt descending, projectId); <see cref="Status"/> (default: all), <see cref="Region"/> = lead region, <see cref="Q"/> in the title.
/// </summary>
public sealed record ListApprovedProjects(string? Status, string? Region, string? Q, string? Cursor = null, int? Limit = null) : IUseCase<ApprovedProjectPage>
{
    public const string CursorScope = "ap";

    public static bool IsStatus(string status) =>
        Enum.TryParse<ApprovedProjectStatus>(status, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _);
}

internal sealed class ListApprovedProjectsValidator : AbstractValidator<ListApprovedProjects>
{
    public ListApprovedProjectsValidator(IOrganDirectory directory, TimeProvider clock)
    {
        RuleFor(r => r.Status).Must(s => ListApprovedProjects.IsStatus(s!)).When(r => r.Status is not null).OverridePropertyName("status")
            .WithMessage($"Status must be one of {string.Join(", ", Enum.GetNames<ApprovedProjectStatus>())}.");
        RuleFor(r => r.Region).MemberRegion(directory, clock).When(r => r.Region is not null).OverridePropertyName("region")
            .WithMessage("Region must be the GB/T 2260 code of a corridor member region.");
        RuleFor(r => r.Q).SearchText();
        RuleFor(r => r.Limit).PageSize();
    }
}

internal sealed class ListApprovedProjectsHandler(TeamsDbContext db) : IUseCaseHandler<ListApprovedProjects, ApprovedProjectPage>
{
    public async Task<ApprovedProjectPage> HandleAsync(ListApprovedProjects request, CancellationToken cancellationToken)
    {
        var after = ListFilter.Cursor(request.Cursor, "cursor", ListApprovedProjects.CursorScope);
        var limit = request.Limit ?? ListFilter.DefaultLimit;
        var query = db.ApprovedProjects.AsNoTracking();
        if (request.Status is { } status)
        {
            var wanted = Enum.Parse<ApprovedProjectStatus>(status);
            query = query.Where(p => p.Status == wanted);
        }

        if (request.Region is { } region)
        {
            query = query.Where(p => p.LeadRegionCode == region);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            query = query.WhereContains(db.Database, request.Q.Trim(), p => p.Title);
        }

        if (after is { } cursor)
        {
            // Keyset on (approvedAt descending, projectId), the order of the list: the page continues strictly after the cursor's project.
            var (at, id) = (cursor.At, cursor.Id);
            query = query.Where(p => p.ApprovedAt < at || (p.ApprovedAt == at && p.ProjectId > id));
        }

        var rows = await query.OrderByDescending(p => p.ApprovedAt).ThenBy(p => p.ProjectId).Take(limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new PageCursor(rows[limit - 1].ApprovedAt, rows[limit - 1].ProjectId).Encode(ListApprovedProjects.CursorScope) : null;
        return new ApprovedProjectPage(
            rows.Take(limit).Select(p => new ApprovedProjectResponse(p.ProjectId, p.Title, p.LeadRegionCode, p.Revision, p.ApprovedAt, p.Status.ToString(), p.ClosedAt, p.CloseReason)).ToArray(),
            next);
    }
}
