using Corridor.BuildingBlocks.Domain;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

/// <summary>
/// Load, check the caller's precondition on the version, apply one domain operation, save it with its events.
/// REST and gRPC both go through here.
/// <para>
/// A write that lost a race: with a precondition, the caller gets 412 (their copy is stale). Without one, a
/// <c>independent</c> decision (an approval names its revision, so it does not depend on other
/// parties' decisions) is re-applied to the fresh state, where the domain rules decide again; any other change
/// answers 409 rather than overwrite what it did not see.
/// </para>
/// </summary>
internal static class ProjectChange
{
    /// <summary>Each lost race means another decision was saved, so this bounds the concurrent deciders one decision outlasts.</summary>
    private const int Attempts = 20;

    public static async Task<Project> ApplyAsync(
        ListsDbContext db, Guid id, VersionPrecondition precondition, Func<Project, Task> change, CancellationToken cancellationToken, bool independent = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var project = await db.Projects.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new NotFoundException("Project", id.ToString());
            var loaded = project.Version;
            precondition.Check(loaded);
            await change(project);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return project;
            }
            catch (DbUpdateException) when (precondition.IsGiven || (independent && attempt < Attempts))
            {
                db.ChangeTracker.Clear();
                var current = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync(cancellationToken);
                if (current == loaded)
                {
                    // Not a lost race (the row is unchanged): the failure is the caller's to see.
                    throw;
                }

                if (precondition.IsGiven)
                {
                    throw new PreconditionFailedException(current);
                }
            }
        }
    }

    public static Task<Project> ApplyAsync(
        ListsDbContext db, Guid id, VersionPrecondition precondition, Action<Project> change, CancellationToken cancellationToken, bool independent = false) =>
        ApplyAsync(db, id, precondition, p =>
        {
            change(p);
            return Task.CompletedTask;
        }, cancellationToken, independent);
}
