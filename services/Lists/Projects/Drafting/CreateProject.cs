using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using FluentValidation.Results;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Drafts a project led by the caller's organ; a named agreement is checked with Agreements before anything is saved.</summary>
public sealed record CreateProject(CreateProjectRequest Content) : IUseCase<ProjectResponse>, IProjectContentCommand
{
    public IReadOnlyList<ValidationFailure> MalformedFields { get; init; } = [];
}

internal sealed class CreateProjectCommandValidator : ProjectContentRules<CreateProject>;

/// <summary>Saved through <see cref="IdempotentWrites"/>: a retried REST create with the same Idempotency-Key answers the first one.</summary>
internal sealed class CreateProjectHandler(
    ListsDbContext db, ProjectWriter projects, AgreementBindingCheck agreements, IdempotentWrites writes, ListsOrgans organs, CallerIdentity caller)
    : IUseCaseHandler<CreateProject, ProjectResponse>
{
    public async Task<ProjectResponse> HandleAsync(CreateProject request, CancellationToken cancellationToken)
    {
        var content = await organs.ContentAsync(request.Content, caller, cancellationToken);
        var project = await ProjectDrafting.DraftAsync(db, caller, content, agreements, projects.Now, cancellationToken);
        await writes.SaveAsync(cancellationToken);
        return await projects.ViewAsync(project, cancellationToken);
    }
}
