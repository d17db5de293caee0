using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams;

public sealed record TeamSummary(
    Guid Id, string Kind, string Name, string OwnerOrganId, string RegionCode, string Status, DateOnly FormedOn, DateTime RegisteredAt, long Version);

public sealed record TeamPage(IReadOnlyList<TeamSummary> Items, string? NextCursor);

/// <summary>Reads shared by the REST endpoints and the gRPC adapter.</summary>
internal static class TeamQueries
{
    public static async Task<Team> GetAsync(TeamsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new NotFoundException("Team", id.ToString());

    /// <summary>Filtered, ordered by (RegisteredAt, Id); projectId keeps the teams ever deployed to that project.</summary>
    public static async Task<TeamPage> ListAsync(TeamsDbContext db, TeamFilter filter, CancellationToken cancellationToken)
    {
        filter.Validate();
        var after = PageCursor.Decode(filter.Cursor, nameof(filter.Cursor));
        var limit = filter.Limit ?? TeamFilter.DefaultLimit;

        var query = db.Teams.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            var value = Enum.Parse<TeamKind>(kind);
            query = query.Where(t => t.Kind == value);
        }

        if (filter.Region is { } region)
        {
            query = query.Where(t => t.RegionCode == region);
        }

        if (filter.Status is { } status)
        {
            var value = Enum.Parse<TeamStatus>(status);
            query = query.Where(t => t.Status == value);
        }

        if (filter.ProjectId is { } projectId)
        {
            query = query.Where(t => t.Deployments.Any(d => d.ProjectId == projectId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = filter.Q.Trim();
            query = query.WhereContains(db.Database, text, t => t.Name, t => t.Mission);
        }

        if (after is { } cursor)
        {
            query = query.Where(t => t.RegisteredAt > cursor.At || (t.RegisteredAt == cursor.At && t.Id > cursor.Id));
        }

        var rows = await query
            .OrderBy(t => t.RegisteredAt).ThenBy(t => t.Id)
            .Take(limit + 1)
            .Select(t => new { t.Id, t.Kind, t.Name, t.OwnerOrganId, t.RegionCode, t.Status, t.FormedOn, t.RegisteredAt, t.Version })
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit)
            .Select(t => new TeamSummary(t.Id, t.Kind.ToString(), t.Name, t.OwnerOrganId, t.RegionCode, t.Status.ToString(), t.FormedOn, t.RegisteredAt, t.Version))
            .ToArray();
        var next = rows.Count > limit ? new PageCursor(items[^1].RegisteredAt, items[^1].Id).Encode() : null;
        return new TeamPage(items, next);
    }

    public static IReadOnlyList<TeamChangeResponse> History(Team team) =>
        team.History.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new TeamChangeResponse(h.Action, h.From?.ToString(), h.To.ToString(), h.EffectiveOn, h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note))
            .ToArray();
}
