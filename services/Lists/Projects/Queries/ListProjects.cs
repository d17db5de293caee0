using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using FluentValidation;

namespace Corridor.Lists.Projects.Queries;

/// <summary>A page of projects matching the filters (see <see cref="ProjectFilter"/>), oldest first; Cursor continues after the previous page.</summary>
public sealed record ListProjects(string? Status, string? Region, Guid? Agreement, string? Category, bool? Flagged, string? Q, string? Cursor, int? Limit)
    : IUseCase<ProjectPage>;

internal sealed class ListProjectsValidator : AbstractValidator<ListProjects>
{
    public ListProjectsValidator()
    {
        RuleFor(r => r.Status).NameOf<ListProjects, ProjectStatus>();
        RuleFor(r => r.Category).NameOf<ListProjects, ProjectCategory>();
        RuleFor(r => r.Limit).PageSize();
        RuleFor(r => r.Q).SearchText();
    }
}

internal sealed class ListProjectsHandler(ListsDbContext db, ProjectWriter projects) : IUseCaseHandler<ListProjects, ProjectPage>
{
    public Task<ProjectPage> HandleAsync(ListProjects request, CancellationToken cancellationToken) =>
        ProjectQueries.ListAsync(
            db,
            new ProjectFilter(request.Status, request.Region, request.Agreement, request.Category, request.Flagged, request.Q, request.Cursor, request.Limit),
            projects.Now,
            cancellationToken);
}
