using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Review;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

/// <summary>Applies one change through <see cref="Corridor.BuildingBlocks.UseCases.AggregateChange"/> and answers the project with its new ETag.</summary>
internal sealed class ProjectAnswer(ListsDbContext db, ReviewPolicy policy, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public ListsDbContext Db => db;

    public ReviewPolicy Policy => policy;

    public Task<ProjectResponse> ApplyAsync(HttpContext http, Guid id, Action<Project> change, bool independent = false) =>
        ApplyAsync(http, id, p =>
        {
            change(p);
            return Task.CompletedTask;
        }, independent);

    public async Task<ProjectResponse> ApplyAsync(HttpContext http, Guid id, Func<Project, Task> change, bool independent = false) =>
        await ApplyAsync(http, id, IfMatch.Precondition(http.Request), change, independent);

    /// <summary>A content update: If-Match is required (428 without it, 412 when stale).</summary>
    public async Task<ProjectResponse> UpdateAsync(HttpContext http, Guid id, Func<Project, Task> change) =>
        await ApplyAsync(http, id, IfMatch.Precondition(http.Request).Required, change, independent: false);

    private async Task<ProjectResponse> ApplyAsync(HttpContext http, Guid id, VersionPrecondition precondition, Func<Project, Task> change, bool independent)
    {
        var project = await AggregateChange.ApplyAsync(db, db.Projects.AsSplitQuery(), id, precondition, change, http.RequestAborted, independent);
        return await AnswerAsync(http, project);
    }

    public async Task<ProjectResponse> AnswerAsync(HttpContext http, Project project)
    {
        ETags.Set(http.Response, project.Version);
        return await ProjectQueries.ViewAsync(db, project, policy, Now, http.RequestAborted);
    }
}
