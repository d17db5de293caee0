using Corridor.BuildingBlocks.Security;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams;

public sealed record TeamUpsertResponse(string Outcome, TeamResponse Team);

/// <summary>
/// The caller region's team named by its external reference: registered when new, "Unchanged" when its details are
/// the same (a retried create needs no If-Match), otherwise edited by <see cref="Team.Revise"/>, which needs the
/// version the caller read.
/// </summary>
internal static class TeamUpsert
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Unchanged = "Unchanged";

    public static async Task<(Team Team, string Outcome)> ApplyAsync(
        TeamsDbContext db,
        string externalReference,
        TeamDetails details,
        CallerIdentity caller,
        Action<long> checkVersionIfSent,
        Action<long> requireVersion,
        DateTime now,
        CancellationToken cancellationToken)
    {
        var reference = externalReference.Trim();
        if (reference.Length is 0 or > Team.MaxExternalReference)
        {
            throw new ValidationException([new ValidationFailure("externalReference", $"The external reference must be 1 to {Team.MaxExternalReference} characters.")]);
        }

        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Teams.AsSplitQuery().SingleOrDefaultAsync(t => t.RegionCode == caller.Region && t.ExternalReference == reference, cancellationToken);
            if (existing is not null)
            {
                if (existing.Details.SaysTheSameAs(details))
                {
                    checkVersionIfSent(existing.Version);
                    return (existing, Unchanged);
                }

                requireVersion(existing.Version);
                existing.Revise(caller, details, now);
                await db.SaveChangesAsync(cancellationToken);
                return (existing, Updated);
            }

            var registered = RegisterTeam.Register(caller, details, now, reference);
            db.Teams.Add(registered);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (registered, Created);
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Another request registered the same reference at the same moment (unique index): answer as an upsert of that one.
                db.ChangeTracker.Clear();
            }
        }
    }
}
