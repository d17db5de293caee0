using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Organs;
using FluentValidation.Results;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Saves the full content as the next revision; the version edited is required (428 / precondition-required without it).</summary>
public sealed record EditProject(Guid ProjectId, VersionPrecondition Precondition, CreateProjectRequest Content) : IUseCase<ProjectResponse>, IProjectContentCommand
{
    public IReadOnlyList<ValidationFailure> MalformedFields { get; init; } = [];
}

internal sealed class EditProjectValidator : ProjectContentRules<EditProject>;

internal sealed class EditProjectHandler(ProjectWriter projects, AgreementBindingCheck agreements, ListsOrgans organs, CallerIdentity caller)
    : IUseCaseHandler<EditProject, ProjectResponse>
{
    public async Task<ProjectResponse> HandleAsync(EditProject request, CancellationToken cancellationToken)
    {
        var content = await organs.ContentAsync(request.Content, caller, cancellationToken);
        return await projects.ApplyAsync(
            request.ProjectId,
            request.Precondition.Required,
            ProjectDrafting.Edit(caller, content, agreements, projects.Policy, projects.Now, cancellationToken),
            cancellationToken);
    }
}
