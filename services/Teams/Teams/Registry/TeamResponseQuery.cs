using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Members;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams.Registry;

/// <summary>
/// A team read as <see cref="TeamResponse"/> shows it, without loading the aggregate: its change history (which grows
/// with every change and has an endpoint of its own) is not read, and a collection is read only when the team has one.
/// The members are read because the leader and the readiness are decided over them by the team's own rules. The
/// queries are compiled once: building and translating their expression trees on every request cost more than running them.
/// </summary>
internal static class TeamResponseQuery
{
    public static async Task<TeamResponse> GetAsync(TeamsDbContext db, Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var q = CompiledPerModel<Compiled>.For(db);
        var t = await q.Row(db, id, cancellationToken) ?? throw new NotFoundException(nameof(Team), id.ToString());
        List<TeamMember> members = t.HasMembers ? await q.Members(db, id).ToListAsync(cancellationToken) : [];
        List<Deployment> deployments = t.HasDeployments ? await q.Deployments(db, id).ToListAsync(cancellationToken) : [];

        // Ordered here, not in SQL, as TeamResponse.From orders (the same order on every provider).
        ProblemCreditResponse[] credits = t.HasCredits
            ? (await q.Credits(db, id).ToListAsync(cancellationToken)).OrderBy(c => c.At).ToArray()
            : [];
        return new TeamResponse(
            t.Id, t.Kind.ToString(), TeamKindRules.ChineseName(t.Kind), t.Name, t.OwnerOrganId, t.RegionCode, t.Mission, t.Status.ToString(), t.FormedOn,
            t.ParentPartyOrganisation, t.DissolveBy, t.ActivatedOn, t.StoodDownOn, t.StandDownReason,
            Team.LeaderAmong(members, today) is { } leader ? new LeaderResponse(leader.Id, leader.PersonName, leader.JoinedOn) : null,
            TeamReadiness.Of(t.Status, members, deployments, today),
            deployments.OrderBy(d => d.From).ThenBy(d => d.CreatedAt).Select(DeploymentResponse.Of).ToArray(),
            credits, t.RegisteredAt, t.UpdatedAt, t.ExternalReference, t.Version);
    }

    private sealed class Compiled
    {
        public readonly Func<TeamsDbContext, Guid, CancellationToken, Task<TeamRow?>> Row = EF.CompileAsyncQuery(
        (TeamsDbContext db, Guid id, CancellationToken _) => db.Teams.AsNoTracking().Where(t => t.Id == id).Select(t => new TeamRow(
            t.Id, t.Kind, t.Name, t.OwnerOrganId, t.RegionCode, t.Mission, t.Status, t.FormedOn, t.ParentPartyOrganisation, t.DissolveBy, t.ActivatedOn,
            t.StoodDownOn, t.StandDownReason, t.RegisteredAt, t.UpdatedAt, t.ExternalReference, t.Version,
            t.Members.Any(), t.Deployments.Any(), t.Credits.Any()))
            .SingleOrDefault());

        public readonly Func<TeamsDbContext, Guid, IAsyncEnumerable<TeamMember>> Members = EF.CompileAsyncQuery(
        (TeamsDbContext db, Guid id) => db.Teams.AsNoTracking().Where(t => t.Id == id).SelectMany(t => t.Members));

        public readonly Func<TeamsDbContext, Guid, IAsyncEnumerable<Deployment>> Deployments = EF.CompileAsyncQuery(
        (TeamsDbContext db, Guid id) => db.Teams.AsNoTracking().Where(t => t.Id == id).SelectMany(t => t.Deployments));

        public readonly Func<TeamsDbContext, Guid, IAsyncEnumerable<ProblemCreditResponse>> Credits = EF.CompileAsyncQuery(
        (TeamsDbContext db, Guid id) => db.Teams.AsNoTracking().Where(t => t.Id == id).SelectMany(t => t.Credits)
            .Select(c => new ProblemCreditResponse(c.ProblemId, c.DeploymentId, c.Note, c.By, c.At)));
    }

    private sealed record TeamRow(
        Guid Id, TeamKind Kind, string Name, string OwnerOrganId, string RegionCode, string Mission, TeamStatus Status, DateOnly FormedOn,
        string? ParentPartyOrganisation, DateOnly? DissolveBy, DateOnly? ActivatedOn, DateOnly? StoodDownOn, string? StandDownReason,
        DateTime RegisteredAt, DateTime UpdatedAt, string? ExternalReference, long Version, bool HasMembers, bool HasDeployments, bool HasCredits);
}
