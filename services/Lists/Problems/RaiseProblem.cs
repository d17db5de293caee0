using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems;

/// <summary>What a problem is raised with, in a request or a batch item, before validation.</summary>
public interface IProblemContent
{
    string? Title { get; }

    string? Description { get; }

    string? Category { get; }

    string? Severity { get; }

    string? EnterpriseCreditCode { get; }

    string? ExternalReference { get; }
}

public sealed record RaiseProblemRequest(
    string? Title, string? Description, string? Category, string? Severity, string? EnterpriseCreditCode, string? ExternalReference) : IProblemContent;

public sealed class RaiseProblemValidator : ProblemContentValidator<RaiseProblemRequest>;

/// <summary>The content rules, for every request that carries a problem's content.</summary>
public abstract class ProblemContentValidator<T> : AbstractValidator<T>
    where T : IProblemContent
{
    protected ProblemContentValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Problem.MaxTitle);
        RuleFor(r => r.Description).MaximumLength(Problem.MaxText);
        RuleFor(r => r.Category).Must(EnumNames.Is<ProblemCategory>).WithMessage($"Category must be one of {EnumNames.List<ProblemCategory>()}.");
        RuleFor(r => r.Severity).Must(EnumNames.Is<ProblemSeverity>).WithMessage($"Severity must be one of {EnumNames.List<ProblemSeverity>()}.");
        RuleFor(r => r.EnterpriseCreditCode).Must(UnifiedSocialCreditCode.IsValid).When(r => r.EnterpriseCreditCode is not null)
            .WithMessage("EnterpriseCreditCode must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ExternalReference).MaximumLength(Problem.MaxExternalReference);
    }
}

internal static class RaiseProblem
{
    /// <summary>Idempotency-Key honoured: the same key and body replay the first answer, another body is 422.</summary>
    public static Task<IResult> HandleAsync(RaiseProblemRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Problem? problem = null;
        return IdempotentCreate.HandleAsync(
            http,
            db,
            caller,
            request,
            now,
            async () =>
            {
                problem = await AddAsync(db, request, caller, now, http.RequestAborted);
                return ($"/api/v1/problems/{problem.Id}", problem.Version, ProblemResponse.From(problem, DateOnly.FromDateTime(now)));
            },
            () => ExplainAsync(db, problem!));
    }

    /// <summary>The caller's organ raises the problem for the caller's region; an external reference is unique per region.</summary>
    public static async Task<Problem> RaiseAsync(ListsDbContext db, RaiseProblemRequest request, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var problem = await AddAsync(db, request, caller, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await ExplainAsync(db, problem);
            throw;
        }

        return problem;
    }

    /// <summary>Raises the problem and adds it to <paramref name="db"/> without saving.</summary>
    private static async Task<Problem> AddAsync(ListsDbContext db, RaiseProblemRequest request, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var problem = Problem.Raise(
            caller, request.Title!, request.Description ?? "", Enum.Parse<ProblemCategory>(request.Category!), Enum.Parse<ProblemSeverity>(request.Severity!), request.EnterpriseCreditCode, request.ExternalReference, now);

        if (problem.ExternalReference is { } reference && await ReferenceTakenAsync(db, problem.RaisedByRegionCode, reference, cancellationToken))
        {
            throw ReferenceTaken(reference);
        }

        db.Problems.Add(problem);
        return problem;
    }

    // Another request with the same reference may have won the race between the check and the insert.
    private static async Task ExplainAsync(ListsDbContext db, Problem problem)
    {
        if (problem.ExternalReference is { } reference && await ReferenceTakenAsync(db, problem.RaisedByRegionCode, reference, CancellationToken.None))
        {
            throw ReferenceTaken(reference);
        }
    }

    private static Task<bool> ReferenceTakenAsync(ListsDbContext db, string region, string reference, CancellationToken cancellationToken) =>
        db.Problems.AsNoTracking().AnyAsync(p => p.RaisedByRegionCode == region && p.ExternalReference == reference, cancellationToken);

    private static DomainRuleException ReferenceTaken(string reference) =>
        new("problem.external-reference-taken", $"Your region already has a problem with the external reference '{reference}'.");
}
