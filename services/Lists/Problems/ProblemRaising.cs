using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems;

/// <summary>How a problem is raised, for the RaiseProblem use case and the upsert by external reference.</summary>
internal static class ProblemRaising
{
    /// <summary>
    /// The caller's organ raises the problem for the caller's region and saves it, under an external reference the caller
    /// has just looked up and found free (the upsert): it is not looked up again; the unique index decides a race.
    /// </summary>
    public static async Task<Problem> RaiseAsync(ListsDbContext db, IProblemContent request, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var problem = Raise(request, caller, now);
        db.Problems.Add(problem);
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

    /// <summary>Raises the problem and adds it to <paramref name="db"/> without saving; an external reference is unique per region.</summary>
    public static async Task<Problem> AddAsync(ListsDbContext db, IProblemContent request, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        var problem = Raise(request, caller, now);
        if (problem.ExternalReference is { } reference && await ReferenceTakenAsync(db, problem.RaisedByRegionCode, reference, cancellationToken))
        {
            throw ReferenceTaken(reference);
        }

        db.Problems.Add(problem);
        return problem;
    }

    /// <summary>Another request with the same reference may have won the race between the check and the insert: throws that rule if so.</summary>
    public static async Task ExplainAsync(ListsDbContext db, Problem problem)
    {
        if (problem.ExternalReference is { } reference && await ReferenceTakenAsync(db, problem.RaisedByRegionCode, reference, CancellationToken.None))
        {
            throw ReferenceTaken(reference);
        }
    }

    private static Problem Raise(IProblemContent request, CallerIdentity caller, DateTime now) => Problem.Raise(
        caller, request.Title!, request.Description ?? "", Enum.Parse<ProblemCategory>(request.Category!), Enum.Parse<ProblemSeverity>(request.Severity!), request.EnterpriseCreditCode, request.ExternalReference, now);

    private static Task<bool> ReferenceTakenAsync(ListsDbContext db, string region, string reference, CancellationToken cancellationToken) =>
        db.Problems.AsNoTracking().AnyAsync(p => p.RaisedByRegionCode == region && p.ExternalReference == reference, cancellationToken);

    private static DomainRuleException ReferenceTaken(string reference) =>
        new("problem.external-reference-taken", $"Your region already has a problem with the external reference '{reference}'.");
}
