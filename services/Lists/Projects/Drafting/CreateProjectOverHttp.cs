using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>
/// <see cref="CreateProject"/> under the REST Idempotency-Key protocol: the use case drafts without saving, so the
/// project, its events and the stored answer commit together; the same key and body replay that answer, the same
/// key with another body is 422.
/// </summary>
internal sealed class CreateProjectOverHttp(ListsDbContext db, UseCaseRunner useCases, CallerIdentity caller, TimeProvider clock)
{
    public Task<IResult> HandleAsync(HttpContext http, CreateProjectRequest request) =>
        IdempotentCreate.HandleAsync(http, db, caller, request, clock.GetUtcNow().UtcDateTime, async () =>
        {
            var view = await useCases.RunAsync(new CreateProject(request) { SavedByCaller = true }, http.RequestAborted);
            return ($"/api/v1/projects/{view.Id}", view.Version, view);
        });
}
