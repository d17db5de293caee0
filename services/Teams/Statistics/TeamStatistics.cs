using Corridor.Teams.Infrastructure;
using Corridor.Teams.Teams;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Statistics;

/// <summary>
/// Figures for one day, computed from the status history, the members' dates and the deployments' dates, each
/// taken as the registry had recorded it by the end of that day (UTC). Rows are only ever appended or closed with
/// their own recording time, so the figures for a past day never change, whatever is recorded later.
/// </summary>
internal static class TeamStatistics
{
    public const string Rule =
        "As recorded by the end of the day D (UTC). teams: a team counts in the status of its latest status change (registration, activation, stand-down) " +
        "effective on or before D; a team formed after D, or registered after D, is not counted. members: people on a counted team at D (joined on or " +
        "before D, not yet left - the leaving day is the first day off the team), by their team's kind, region and status at D. activeDeployments: " +
        "deployments with From <= D <= their last day (the planned end, or the day they were ended), per project; teams = distinct teams among them.";

    public static async Task<TeamStatisticsResponse> ComputeAsync(TeamsDbContext db, DateOnly on, CancellationToken cancellationToken)
    {
        var endOfDay = on.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var statusActions = TeamChange.StatusActions.ToArray();

        var changes = await db.Teams.AsNoTracking()
            .SelectMany(t => t.History, (t, h) => new { TeamId = t.Id, t.Kind, t.RegionCode, h.Action, h.EffectiveOn, h.At, h.Id, h.To })
            .Where(h => statusActions.Contains(h.Action) && h.At < endOfDay && h.EffectiveOn <= on)
            .ToListAsync(cancellationToken);
        var statusOn = changes
            .GroupBy(c => c.TeamId)
            .Select(g => g.OrderBy(c => c.EffectiveOn).ThenBy(c => c.At).ThenBy(c => c.Id).Last())
            .ToDictionary(c => c.TeamId, c => (c.Kind, c.RegionCode, Status: c.To));

        var members = await db.Teams.AsNoTracking()
            .SelectMany(t => t.Members, (t, m) => new { TeamId = t.Id, m.JoinedOn, m.LeftOn, m.LeaveRecordedAt, m.JoinRecordedAt, m.PartyMember })
            .Where(m => m.JoinedOn <= on && m.JoinRecordedAt < endOfDay)
            .ToListAsync(cancellationToken);
        var onTeams = members
            .Where(m => statusOn.ContainsKey(m.TeamId) && !(m.LeftOn <= on && m.LeaveRecordedAt < endOfDay))
            .Select(m => (Team: statusOn[m.TeamId], m.PartyMember))
            .ToList();

        var deployments = await db.Teams.AsNoTracking()
            .SelectMany(t => t.Deployments, (t, d) => new { TeamId = t.Id, DeploymentId = d.Id, d.ProjectId, d.From, d.To, d.EndedOn, d.EndRecordedAt, d.CreatedAt })
            .Where(d => d.From <= on && d.CreatedAt < endOfDay && (d.To == null || d.To >= on))
            .ToListAsync(cancellationToken);
        var active = deployments.Where(d => !(d.EndedOn < on && d.EndRecordedAt < endOfDay)).ToList();
        var projectIds = active.Select(d => d.ProjectId).Distinct().ToArray();
        var titles = await db.ApprovedProjects.AsNoTracking()
            .Where(p => projectIds.Contains(p.ProjectId))
            .ToDictionaryAsync(p => p.ProjectId, p => p.Title, cancellationToken);

        return new TeamStatisticsResponse(
            on,
            Rule,
            statusOn.Count,
            onTeams.Count,
            active.Count,
            statusOn.Values
                .GroupBy(t => (t.Kind, t.RegionCode, t.Status))
                .Select(g => new TeamCount(g.Key.Kind.ToString(), g.Key.RegionCode, g.Key.Status.ToString(), g.Count()))
                .OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.Status, StringComparer.Ordinal)
                .ToArray(),
            onTeams
                .GroupBy(m => m.Team)
                .Select(g => new MemberCount(g.Key.Kind.ToString(), g.Key.RegionCode, g.Key.Status.ToString(), g.Count(), g.Count(m => m.PartyMember)))
                .OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.Status, StringComparer.Ordinal)
                .ToArray(),
            active
                .GroupBy(d => d.ProjectId)
                .Select(g => new ProjectDeployments(g.Key, titles.GetValueOrDefault(g.Key), g.Select(d => d.TeamId).Distinct().Count(), g.Count()))
                .OrderByDescending(p => p.Teams).ThenBy(p => p.ProjectId)
                .ToArray());
    }
}
