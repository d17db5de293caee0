using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems;

public sealed record RaiseProblemRequest(
    string? Title, string? Description, string? Category, string? Severity, string? EnterpriseCreditCode, string? ExternalReference);

public sealed class RaiseProblemValidator : AbstractValidator<RaiseProblemRequest>
{
    public RaiseProblemValidator()
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
    public static async Task<Created<ProblemResponse>> HandleAsync(
        RaiseProblemRequest request, CallerIdentity caller, ListsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = await RaiseAsync(db, request, caller, now, cancellationToken);
        ETags.Set(response, problem.Version);
        return TypedResults.Created($"/api/v1/problems/{problem.Id}", ProblemResponse.From(problem, DateOnly.FromDateTime(now)));
    }

    /// <summary>The caller's organ raises the problem for the caller's region; an external reference is unique per region.</summary>
    public static async Task<Problem> RaiseAsync(ListsDbContext db, RaiseProblemRequest request, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var problem = Problem.Raise(
            caller, request.Title!, request.Description ?? "", Enum.Parse<ProblemCategory>(request.Category!), Enum.Parse<ProblemSeverity>(request.Severity!), request.EnterpriseCreditCode, request.ExternalReference, now);

        if (problem.ExternalReference is { } reference && await ReferenceTakenAsync(db, problem.RaisedByRegionCode, reference, cancellationToken))
        {
            throw ReferenceTaken(reference);
        }

        db.Problems.Add(problem);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (problem.ExternalReference is not null)
        {
            // Another request with the same reference may have won the race between the check and the insert.
            if (await ReferenceTakenAsync(db, problem.RaisedByRegionCode, problem.ExternalReference, CancellationToken.None))
            {
                throw ReferenceTaken(problem.ExternalReference);
            }

            throw;
        }

        return problem;
    }

    private static Task<bool> ReferenceTakenAsync(ListsDbContext db, string region, string reference, CancellationToken cancellationToken) =>
        db.Problems.AsNoTracking().AnyAsync(p => p.RaisedByRegionCode == region && p.ExternalReference == reference, cancellationToken);

    private static DomainRuleException ReferenceTaken(string reference) =>
        new("problem.external-reference-taken", $"Your region already has a problem with the external reference '{reference}'.");
}
