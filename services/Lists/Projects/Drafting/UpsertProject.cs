using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>The caller region's project named by its own reference: created, updated as the next revision, or unchanged (see <see cref="ProjectUpsert"/>).</summary>
public sealed record UpsertProject(string ExternalReference, VersionPrecondition Precondition, CreateProjectRequest Content) : IUseCase<ProjectUpsertResponse>, IProjectContentCommand
{
    public IReadOnlyList<ValidationFailure> MalformedFields { get; init; } = [];
}

internal sealed class UpsertProjectValidator : ProjectContentRules<UpsertProject>
{
    public UpsertProjectValidator() =>
        RuleFor(r => r.ExternalReference).Must(reference => reference.Trim().Length is > 0 and <= Project.MaxExternalReference)
            .OverridePropertyName("externalReference")
            .WithMessage($"The external reference must be 1 to {Project.MaxExternalReference} characters.");
}

internal sealed class UpsertProjectHandler(ListsDbContext db, ProjectWriter projects, AgreementBindingCheck agreements, ListsOrgans organs, CallerIdentity caller)
    : IUseCaseHandler<UpsertProject, ProjectUpsertResponse>
{
    public async Task<ProjectUpsertResponse> HandleAsync(UpsertProject request, CancellationToken cancellationToken)
    {
        var content = await organs.ContentAsync(request.Content, caller, cancellationToken);
        var (project, outcome) = await ProjectUpsert.ApplyAsync(
            db, request.ExternalReference, content, caller, request.Precondition, agreements, projects.Policy, projects.Now, cancellationToken);
        return new ProjectUpsertResponse(outcome, await projects.ViewAsync(project, cancellationToken));
    }
}
