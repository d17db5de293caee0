using Corridor.BuildingBlocks.Domain;
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
        RuleFor(r => r.Status).Must(s => s is null || EnumNames.Is<ProjectStatus>(s)).WithMessage($"Status must be one of {EnumNames.List<ProjectStatus>()}.");
        RuleFor(r => r.Category).Must(c => c is null || EnumNames.Is<ProjectCategory>(c)).WithMessage($"Category must be one of {EnumNames.List<ProjectCategory>()}.");
        RuleFor(r => r.Limit).Must(l => l is null or (>= 1 and <= ProjectFilter.MaxLimit)).WithMessage($"Limit must be between 1 and {ProjectFilter.MaxLimit}.");
        RuleFor(r => r.Q).MaximumLength(200).WithMessage("The search text is at most 200 characters.");
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
