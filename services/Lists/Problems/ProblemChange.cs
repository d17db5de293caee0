using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems;

/// <summary>
/// Load, check the caller's precondition on the version (If-Match, or the gRPC expected version), apply
/// one domain operation, save it with its events. REST and gRPC both go through here.
/// </summary>
internal static class ProblemChange
{
    public static async Task<Problem> ApplyAsync(
        ListsDbContext db, Guid id, Action<long> checkVersion, Func<Problem, Task> change, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Problem", id.ToString());
        checkVersion(problem.Version);
        await change(problem);
        await db.SaveChangesAsync(cancellationToken);
        return problem;
    }

    public static Task<Problem> ApplyAsync(ListsDbContext db, Guid id, Action<long> checkVersion, Action<Problem> change, CancellationToken cancellationToken) =>
        ApplyAsync(db, id, checkVersion, p =>
        {
            change(p);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Retracts and deletes the problem (see <see cref="Problem.Retract"/>); the version precondition is the caller's to require.</summary>
    public static async Task<Problem> RetractAsync(
        ListsDbContext db, Guid id, Action<long> checkVersion, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Problem", id.ToString());
        checkVersion(problem.Version);
        var referenced = await db.Matches.AnyAsync(m => m.ProblemId == id, cancellationToken)
            || await db.Problems.AnyAsync(p => p.DuplicateOfId == id, cancellationToken);
        problem.Retract(caller, referenced, now);
        db.Problems.Remove(problem);
        await db.SaveChangesAsync(cancellationToken);
        return problem;
    }

    /// <summary>Marks the problem a duplicate of the survivor, which must exist (and may not be itself: the domain refuses that).</summary>
    public static Task<Problem> MarkDuplicateAsync(
        ListsDbContext db, Guid id, Action<long> checkVersion, Guid survivorId, CallerIdentity caller, DateTime now, CancellationToken cancellationToken) =>
        ApplyAsync(db, id, checkVersion, async p =>
        {
            var survivor = p.Id == survivorId ? p : await db.Problems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == survivorId, cancellationToken)
                ?? throw new NotFoundException("Problem", survivorId.ToString());
            p.MarkDuplicateOf(caller, survivor, now);
        }, cancellationToken);
}
