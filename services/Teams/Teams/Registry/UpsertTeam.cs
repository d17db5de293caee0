using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams.Registry;

public sealed record TeamUpsertResponse(string Outcome, TeamResponse Team) : IVersionedView
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Unchanged = "Unchanged";

    long IVersionedView.Version => Team.Version;
}

/// <summary>
/// The caller region's team named by its external reference: registered when new, "Unchanged" when its details are
/// the same (a retried create needs no version), otherwise edited by <see cref="Team.Revise"/>, which needs the
/// version the caller read.
/// </summary>
public sealed record UpsertTeam(
    string ExternalReference, VersionPrecondition Precondition, string? Kind, string? Name, string? Mission, DateOnly? FormedOn, string? ParentPartyOrganisation, DateOnly? DissolveBy)
    : IUseCase<TeamUpsertResponse>, ITeamDetailsInput;

internal sealed class UpsertTeamValidator : TeamDetailsValidator<UpsertTeam>
{
    public UpsertTeamValidator() =>
        RuleFor(r => r.ExternalReference).Must(r => r.Trim().Length is > 0 and <= Team.MaxExternalReference).OverridePropertyName("externalReference")
            .WithMessage($"The external reference must be 1 to {Team.MaxExternalReference} characters.");
}

internal sealed class UpsertTeamHandler(TeamsDbContext db, TeamWriter teams, TeamOwnership ownership, CallerIdentity caller) : IUseCaseHandler<UpsertTeam, TeamUpsertResponse>
{
    public async Task<TeamUpsertResponse> HandleAsync(UpsertTeam request, CancellationToken cancellationToken)
    {
        var reference = request.ExternalReference.Trim();
        var details = request.ToDetails();
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Teams.AsSplitQuery().SingleOrDefaultAsync(t => t.RegionCode == caller.Region && t.ExternalReference == reference, cancellationToken);
            if (existing is not null)
            {
                if (existing.Details.SaysTheSameAs(details))
                {
                    request.Precondition.Check(existing.Version);
                    return await AnswerAsync(TeamUpsertResponse.Unchanged, existing, cancellationToken);
                }

                var loaded = existing.Version;
                request.Precondition.Require(loaded);
                existing.Revise(caller, details, teams.Now);
                // The version the caller named was current when checked; another edit saved first makes their copy stale.
                await AggregateChange.SaveAsync(db, db.Teams, existing.Id, loaded, cancellationToken);

                return await AnswerAsync(TeamUpsertResponse.Updated, existing, cancellationToken);
            }

            await ownership.EnsureOwnerAsync(cancellationToken);
            try
            {
                return await AnswerAsync(TeamUpsertResponse.Created, await teams.AddAsync(details.Register(caller, teams.Now, reference), cancellationToken), cancellationToken);
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Another request registered the same reference at the same moment (unique index): answer as an upsert of that one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<TeamUpsertResponse> AnswerAsync(string outcome, Team team, CancellationToken cancellationToken) =>
        new(outcome, await teams.ViewAsync(team, cancellationToken));
}
