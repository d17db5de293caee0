using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Submissions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems;

public sealed record ProblemUpsertResponse(string Outcome, ProblemResponse Problem) : IVersionedView
{
    long IVersionedView.Version => Problem.Version;
}

/// <summary>
/// One problem keyed by the caller region's external reference, by the same rules as a batch item:
/// raised when new, "Unchanged" when the content is the same (If-Match honoured when sent), otherwise — If-Match
/// required — whatever the list's update rule says (today: refused with problem.content-fixed, because a raised
/// problem changes only through its supervision).
/// </summary>
internal static class ProblemUpsert
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Unchanged = "Unchanged";

    public static async Task<(Problem Problem, string Outcome)> ApplyAsync(
        ListsDbContext db,
        IListSubmission<RaiseProblemRequest, Problem> list,
        string externalReference,
        RaiseProblemRequest request,
        CallerIdentity caller,
        VersionPrecondition precondition,
        DateTime now,
        CancellationToken cancellationToken)
    {
        var reference = externalReference.Trim();
        if (reference.Length is 0 or > Problem.MaxExternalReference)
        {
            throw new ValidationException([new ValidationFailure("externalReference", $"The external reference must be 1 to {Problem.MaxExternalReference} characters.")]);
        }

        if (request.ExternalReference is { Length: > 0 } inBody && inBody.Trim() != reference)
        {
            throw new ValidationException([new ValidationFailure(nameof(request.ExternalReference), "The body names another external reference than the address.")]);
        }

        var named = request with { ExternalReference = reference };
        var existing = await db.Problems.AsSplitQuery().SingleOrDefaultAsync(p => p.RaisedByRegionCode == caller.Region && p.ExternalReference == reference, cancellationToken);
        if (existing is null)
        {
            return (await ProblemRaising.RaiseAsync(db, named, caller, now, cancellationToken), Created);
        }

        precondition.Check(existing.Version);
        if (list.ContentHashOf(existing) == list.ContentHashOf(named))
        {
            return (existing, Unchanged);
        }

        precondition.Require(existing.Version);
        if (!list.Update(existing, named, caller, now))
        {
            return (existing, Unchanged);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (existing, Updated);
    }
}
