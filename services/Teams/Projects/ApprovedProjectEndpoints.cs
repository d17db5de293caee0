using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Reference;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Projects;

public sealed record ApprovedProjectResponse(
    Guid ProjectId, string Title, string LeadRegionCode, int Revision, DateTime ApprovedAt, string Status, DateTime? ClosedAt, string? CloseReason);

/// <summary>Teams' own read model of the approved projects: lists and filters without asking Lists.</summary>
internal static class ApprovedProjectEndpoints
{
    public const int MaxItems = 200;

    public static IEndpointRouteBuilder MapApprovedProjects(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/approved-projects", ListAsync).WithTags("Projects");
        return routes;
    }

    /// <summary>Latest approvals first; status Approved (default: all), region = lead region, q in the title.</summary>
    public static async Task<IReadOnlyList<ApprovedProjectResponse>> ListAsync(string? status, string? region, string? q, TeamsDbContext db, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        ApprovedProjectStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<ApprovedProjectStatus>(status, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                wanted = parsed;
            }
            else
            {
                failures.Add(new("status", $"Status must be one of {string.Join(", ", Enum.GetNames<ApprovedProjectStatus>())}."));
            }
        }

        if (region is not null && !CorridorRegions.IsMember(region))
        {
            failures.Add(new("region", "Region must be the GB/T 2260 code of a corridor member region."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var query = db.ApprovedProjects.AsNoTracking();
        if (wanted is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (region is not null)
        {
            query = query.Where(p => p.LeadRegionCode == region);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.WhereContains(db.Database, text, p => p.Title);
        }

        var rows = await query.OrderByDescending(p => p.ApprovedAt).ThenBy(p => p.ProjectId).Take(MaxItems).ToListAsync(cancellationToken);
        return rows.Select(p => new ApprovedProjectResponse(p.ProjectId, p.Title, p.LeadRegionCode, p.Revision, p.ApprovedAt, p.Status.ToString(), p.ClosedAt, p.CloseReason)).ToArray();
    }
}
