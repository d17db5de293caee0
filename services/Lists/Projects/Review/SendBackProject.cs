using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Projects.Review;

/// <summary>A reviewer sends the named revision back to the lead with comments; the round ends.</summary>
public sealed record SendBackProject(Guid ProjectId, VersionPrecondition Precondition, int? Revision, string? Comments) : IUseCase<ProjectResponse>;

internal sealed class SendBackProjectValidator : AbstractValidator<SendBackProject>
{
    public SendBackProjectValidator()
    {
        RuleFor(r => r.Revision).NotNull().GreaterThan(0).WithMessage("Name the revision you reviewed.");
        RuleFor(r => r.Comments).NotEmpty().MaximumLength(4000).WithMessage("Say what has to change (at most 4000 characters).");
    }
}

internal sealed class SendBackProjectAuthorization(CallerIdentity caller) : ReviewerRule<SendBackProject>(caller);

internal sealed class SendBackProjectHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<SendBackProject, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(SendBackProject request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(
            request.ProjectId, request.Precondition, p => p.RequestChanges(caller, request.Revision!.Value, request.Comments!, projects.Policy, projects.Now), cancellationToken);
}
