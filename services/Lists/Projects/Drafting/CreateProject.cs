using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using FluentValidation.Results;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Drafts a project led by the caller's organ; a named agreement is checked with Agreements before anything is saved.</summary>
public sealed record CreateProject(CreateProjectRequest Content) : IUseCase<ProjectResponse>, IProjectContentCommand
{
    /// <summary>The caller saves the drafted project itself (REST with an Idempotency-Key stores its answer in the same transaction).</summary>
    public bool SavedByCaller { get; init; }

    public IReadOnlyList<ValidationFailure> MalformedFields { get; init; } = [];
}

internal sealed class CreateProjectCommandValidator : ProjectContentRules<CreateProject>;

internal sealed class CreateProjectHandler(ListsDbContext db, ProjectWriter projects, AgreementBindingCheck agreements, CallerIdentity caller)
    : IUseCaseHandler<CreateProject, ProjectResponse>
{
    public async Task<ProjectResponse> HandleAsync(CreateProject request, CancellationToken cancellationToken)
    {
        var project = await ProjectDrafting.DraftAsync(db, caller, request.Content.ToContent(), agreements, projects.Now, cancellationToken);
        if (!request.SavedByCaller)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return await projects.ViewAsync(project, cancellationToken);
    }
}
