using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using FluentValidation;

namespace Corridor.Lists.Problems.Queries;

/// <summary>
/// A page of problems in the order they were raised. Region and organ match either side: the raiser or the handler;
/// Overdue true keeps the problems past their due date and still being handled, false the others.
/// </summary>
public sealed record ListProblems(
    string? Region, string? Organ, string? Category, string? Status, string? Severity, bool? Overdue, string? Q, string? Cursor, int? Limit)
    : IUseCase<ProblemPage>;

internal sealed class ListProblemsValidator : AbstractValidator<ListProblems>
{
    public ListProblemsValidator()
    {
        RuleFor(r => r.Category).NameOf<ListProblems, ProblemCategory>();
        RuleFor(r => r.Status).NameOf<ListProblems, ProblemStatus>();
        RuleFor(r => r.Severity).NameOf<ListProblems, ProblemSeverity>();
        RuleFor(r => r.Limit).PageSize();
        RuleFor(r => r.Q).SearchText();
    }
}

internal sealed class ListProblemsHandler(ListsDbContext db, TimeProvider clock) : IUseCaseHandler<ListProblems, ProblemPage>
{
    public Task<ProblemPage> HandleAsync(ListProblems request, CancellationToken cancellationToken) =>
        ProblemQueries.ListAsync(db, request, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
}
