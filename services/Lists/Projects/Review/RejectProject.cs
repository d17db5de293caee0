using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Projects.Review;

/// <summary>A reviewer rejects the named revision with a reason; the project is closed.</summary>
public sealed record RejectProject(Guid ProjectId, VersionPrecondition Precondition, int? Revision, string? Reason) : IUseCase<ProjectResponse>;

internal sealed class RejectProjectValidator : AbstractValidator<RejectProject>
{
    public RejectProjectValidator()
    {
        RuleFor(r => r.Revision).NotNull().GreaterThan(0).WithMessage("Name the revision you reviewed.");
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000).WithMessage("A rejection needs a reason (at most 4000 characters).");
    }
}

internal sealed class RejectProjectAuthorization(CallerIdentity caller) : ReviewerRule<RejectProject>(caller);

internal sealed class RejectProjectHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<RejectProject, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(RejectProject request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(
            request.ProjectId, request.Precondition, p => p.Reject(caller, request.Revision!.Value, request.Reason!, projects.Policy, projects.Now), cancellationToken);
}
