using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using FluentValidation;

namespace Corridor.Lists.Projects.Review;

public sealed record ApproveProjectRequest(int? Revision);

public sealed class ApproveProjectValidator : AbstractValidator<ApproveProjectRequest>
{
    public ApproveProjectValidator() =>
        RuleFor(r => r.Revision).NotNull().GreaterThan(0).WithMessage("Name the revision you reviewed.");
}

internal static class ApproveProject
{
    public static Task<ProjectResponse> HandleAsync(
        Guid id, ApproveProjectRequest request, CallerIdentity caller, ListsDbContext db, ReviewPolicy policy, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        ProjectChange.ApplyAsync(db, policy, id, http, p => p.Approve(caller, request.Revision!.Value, policy, clock.GetUtcNow().UtcDateTime), cancellationToken);
}

internal static class SubmitProject
{
    public static Task<ProjectResponse> HandleAsync(
        Guid id, CallerIdentity caller, ListsDbContext db, ReviewPolicy policy, HttpContext http, CancellationToken cancellationToken) =>
        ProjectChange.ApplyAsync(db, policy, id, http, p => p.Submit(caller), cancellationToken);
}
