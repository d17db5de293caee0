using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Projects;

public sealed record ApprovedProjectResponse(
    Guid ProjectId, string Title, string LeadRegionCode, int Revision, DateTime ApprovedAt, string Status, DateTime? ClosedAt, string? CloseReason);

/// <summary>
/// Teams' own read model of the approved projects, without asking Lists: latest approvals first; <see cref="Status"/>
/// (default: all), <see cref="Region"/> = lead region, <see cref="Q"/> in the title.
/// </summary>
public sealed record ListApprovedProjects(string? Status, string? Region, string? Q) : IUseCase<IReadOnlyList<ApprovedProjectResponse>>
{
    public const int MaxItems = 200;

    public static bool IsStatus(string status) =>
        Enum.TryParse<ApprovedProjectStatus>(status, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _);
}

internal sealed class ListApprovedProjectsValidator : AbstractValidator<ListApprovedProjects>
{
    public ListApprovedProjectsValidator()
    {
        RuleFor(r => r.Status).Must(s => ListApprovedProjects.IsStatus(s!)).When(r => r.Status is not null).OverridePropertyName("status")
            .WithMessage($"Status must be one of {string.Join(", ", Enum.GetNames<ApprovedProjectStatus>())}.");
        RuleFor(r => r.Region).Must(CorridorRegions.IsMember).When(r => r.Region is not null).OverridePropertyName("region")
            .WithMessage("Region must be the GB/T 2260 code of a corridor member region.");
    }
}

internal sealed class ListApprovedProjectsHandler(TeamsDbContext db) : IUseCaseHandler<ListApprovedProjects, IReadOnlyList<ApprovedProjectResponse>>
{
    public async Task<IReadOnlyList<ApprovedProjectResponse>> HandleAsync(ListApprovedProjects request, CancellationToken cancellationToken)
    {
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

        var rows = await query.OrderByDescending(p => p.ApprovedAt).ThenBy(p => p.ProjectId).Take(ListApprovedProjects.MaxItems).ToListAsync(cancellationToken);
        return rows.Select(p => new ApprovedProjectResponse(p.ProjectId, p.Title, p.LeadRegionCode, p.Revision, p.ApprovedAt, p.Status.ToString(), p.ClosedAt, p.CloseReason)).ToArray();
    }
}
