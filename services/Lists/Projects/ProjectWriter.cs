using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Review;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

/// <summary>Applies one change to a project through <see cref="AggregateChange"/> and answers its view; shared by the project use cases.</summary>
internal sealed class ProjectWriter(ListsDbContext db, ReviewPolicy policy, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    /// <summary>The default date of execution steps that name none (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now);

    public ReviewPolicy Policy => policy;

    public async Task<ProjectResponse> ApplyAsync(
        Guid id, VersionPrecondition precondition, Func<Project, Task> change, CancellationToken cancellationToken, bool independent = false)
    {
        var project = await AggregateChange.ApplyAsync(db, db.Projects.AsSplitQuery(), id, precondition, change, cancellationToken, independent);
        return await ViewAsync(project, cancellationToken);
    }

    public Task<ProjectResponse> ApplyAsync(
        Guid id, VersionPrecondition precondition, Action<Project> change, CancellationToken cancellationToken, bool independent = false) =>
        ApplyAsync(id, precondition, p =>
        {
            change(p);
            return Task.CompletedTask;
        }, cancellationToken, independent);

    public Task<ProjectResponse> ViewAsync(Project project, CancellationToken cancellationToken) =>
        ProjectQueries.ViewAsync(db, project, policy, Now, cancellationToken);
}
