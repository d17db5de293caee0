using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation.Results;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Saves the full content as the next revision; the version edited is required (428 / precondition-required without it).</summary>
public sealed record EditProject(Guid ProjectId, VersionPrecondition Precondition, CreateProjectRequest Content) : IUseCase<ProjectResponse>, IProjectContentCommand
{
    public IReadOnlyList<ValidationFailure> MalformedFields { get; init; } = [];
}

internal sealed class EditProjectValidator : ProjectContentRules<EditProject>;

internal sealed class EditProjectHandler(ProjectWriter projects, AgreementBindingCheck agreements, CallerIdentity caller) : IUseCaseHandler<EditProject, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(EditProject request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(
            request.ProjectId,
            request.Precondition.Required,
            ProjectDrafting.Edit(caller, request.Content.ToContent(), agreements, projects.Policy, projects.Now, cancellationToken),
            cancellationToken);
}
