using Corridor.BuildingBlocks.Domain;
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

    /// <summary>The gRPC precondition: 0 means "no precondition", like a missing If-Match.</summary>
    public static Action<long> Expect(long expectedVersion) => current =>
    {
        if (expectedVersion != 0 && expectedVersion != current)
        {
            throw new PreconditionFailedException(current);
        }
    };
}
