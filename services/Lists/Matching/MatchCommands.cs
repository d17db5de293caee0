using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Matching;

/// <summary>
/// The matching operations REST and gRPC share. A match and the problem or resource it changes are saved
/// in one SaveChanges, so a commitment never exists without its reservation or the other way round.
/// </summary>
internal static class MatchCommands
{
    public static async Task<Match> ProposeAsync(ListsDbContext db, Guid problemId, Guid resourceId, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var match = await AddAsync(db, problemId, resourceId, caller, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return match;
    }

    /// <summary>Proposes the match and adds it to <paramref name="db"/> without saving.</summary>
    public static async Task<Match> AddAsync(ListsDbContext db, Guid problemId, Guid resourceId, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.SingleOrDefaultAsync(p => p.Id == problemId, cancellationToken)
            ?? throw new NotFoundException("Problem", problemId.ToString());
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken)
            ?? throw new NotFoundException("Resource", resourceId.ToString());
        if (await db.Matches.AnyAsync(m => m.ProblemId == problem.Id && m.ResourceId == resource.Id && m.Status == MatchStatus.Proposed, cancellationToken))
        {
            throw new DomainRuleException("match.already-proposed", "A match between this problem and this resource is already waiting for an answer.");
        }

        var match = Match.Propose(problem, resource, caller, now);
        db.Matches.Add(match);
        return match;
    }

    public static async Task<Match> GetAsync(ListsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Matches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("Match", id.ToString());

    public static async Task<Match> AcceptAsync(ListsDbContext db, Guid id, Action<long> checkVersion, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var match = await LoadAsync(db, id, checkVersion, cancellationToken);
        var problem = await db.Problems.SingleAsync(p => p.Id == match.ProblemId, cancellationToken);
        var resource = await db.Resources.SingleAsync(r => r.Id == match.ResourceId, cancellationToken);
        match.Accept(problem, resource, caller, now);
        await db.SaveChangesAsync(cancellationToken);
        return match;
    }

    public static async Task<Match> DeclineAsync(
        ListsDbContext db, Guid id, Action<long> checkVersion, string reason, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var match = await LoadAsync(db, id, checkVersion, cancellationToken);
        match.Decline(caller, reason, now);
        await db.SaveChangesAsync(cancellationToken);
        return match;
    }

    public static async Task<Match> ReleaseAsync(
        ListsDbContext db, Guid id, Action<long> checkVersion, string reason, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var match = await LoadAsync(db, id, checkVersion, cancellationToken);
        var resource = await db.Resources.SingleAsync(r => r.Id == match.ResourceId, cancellationToken);
        match.Release(resource, caller, reason, now);
        await db.SaveChangesAsync(cancellationToken);
        return match;
    }

    /// <summary>The problem's commitments in force, oldest first.</summary>
    public static async Task<IReadOnlyList<Match>> CommitmentsAsync(ListsDbContext db, Guid problemId, CancellationToken cancellationToken)
    {
        if (!await db.Problems.AnyAsync(p => p.Id == problemId, cancellationToken))
        {
            throw new NotFoundException("Problem", problemId.ToString());
        }

        var committed = await db.Matches.AsNoTracking()
            .Where(m => m.ProblemId == problemId && m.Status == MatchStatus.Committed)
            .ToListAsync(cancellationToken);
        return committed.OrderBy(m => m.CommittedAt).ThenBy(m => m.Id).ToList();
    }

    private static async Task<Match> LoadAsync(ListsDbContext db, Guid id, Action<long> checkVersion, CancellationToken cancellationToken)
    {
        var match = await db.Matches.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("Match", id.ToString());
        checkVersion(match.Version);
        return match;
    }
}
