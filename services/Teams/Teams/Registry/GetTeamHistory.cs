using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;

namespace Corridor.Teams.Teams.Registry;

/// <summary>A team's audit trail, oldest first; shown to whom <see cref="TeamVisibility"/> shows the roster.</summary>
public sealed record GetTeamHistory(Guid TeamId) : IUseCase<IReadOnlyList<TeamChangeResponse>>;

internal sealed class GetTeamHistoryHandler(TeamsDbContext db, IOrganDirectory directory, CallerIdentity caller) : IUseCaseHandler<GetTeamHistory, IReadOnlyList<TeamChangeResponse>>
{
    public async Task<IReadOnlyList<TeamChangeResponse>> HandleAsync(GetTeamHistory request, CancellationToken cancellationToken)
    {
        var team = await TeamReads.GetAsync(db, request.TeamId, cancellationToken);
        TeamVisibility.EnsureSeesRoster(team, caller);
        var names = await directory.NamesAsync(team.History.Select(h => h.ByOrganId), cancellationToken);
        return team.History.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new TeamChangeResponse(h.Action, h.From?.ToString(), h.To.ToString(), h.EffectiveOn, h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note, names.Of(h.ByOrganId)))
            .ToArray();
    }
}
