using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Matching;

/// <summary>
/// The match proposal behind ProposeMatch and the reads behind the matching queries; the answers to a proposal are
/// use cases under Commitments/.
/// </summary>
internal static class MatchCommands
{
    /// <summary>Proposes the match and adds it to <paramref name="db"/> without saving.</summary>
    public static async Task<Match> AddAsync(ListsDbContext db, Guid problemId, Guid resourceId, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == problemId, cancellationToken)
            ?? throw new NotFoundException("Problem", problemId.ToString());
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken)
            ?? throw new NotFoundException("Resource", resourceId.ToString());
        if (await db.Matches.AnyAsync(m => m.ProblemId == problem.Id && m.ResourceId == resource.Id && m.Status == MatchStatus.Proposed, cancellationToken))
        {
            throw new DomainRuleException("match.already-proposed", "A match between this problem and this resource is already waiting for an answer.");
        }

        var match = Match.Propose(problem, resource, caller, now);
        problem.NoteMatchProposed(now);
        db.Matches.Add(match);
        return match;
    }

    public static async Task<Match> GetAsync(ListsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Matches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("Match", id.ToString());

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
}
