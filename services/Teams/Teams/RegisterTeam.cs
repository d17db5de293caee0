using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Teams.Teams;

public sealed record RegisterTeamRequest(string? Kind, string? Name, string? Mission, DateOnly? FormedOn, string? ParentPartyOrganisation = null, DateOnly? DissolveBy = null);

public sealed class RegisterTeamValidator : AbstractValidator<RegisterTeamRequest>
{
    public RegisterTeamValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().IsEnumName(typeof(TeamKind), caseSensitive: false)
            .WithMessage($"Kind must be one of: {string.Join(", ", Enum.GetNames<TeamKind>())}.");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Team.MaxName);
        RuleFor(r => r.Mission).NotEmpty().MaximumLength(Team.MaxText);
        RuleFor(r => r.FormedOn).NotNull();
        RuleFor(r => r.ParentPartyOrganisation).MaximumLength(Team.MaxName);
    }
}

internal static class RegisterTeam
{
    /// <summary>A team belongs to the caller's organ and region: nobody registers teams for another region.</summary>
    public static async Task<Created<TeamResponse>> HandleAsync(
        RegisterTeamRequest request, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var team = Team.Register(
            caller,
            Enum.Parse<TeamKind>(request.Kind!, ignoreCase: true),
            request.Name!,
            request.Mission!,
            request.FormedOn!.Value,
            string.IsNullOrWhiteSpace(request.ParentPartyOrganisation) ? null : request.ParentPartyOrganisation,
            request.DissolveBy,
            now);
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, team.Version);
        return TypedResults.Created($"/api/v1/teams/{team.Id}", TeamResponse.From(team, DateOnly.FromDateTime(now)));
    }
}
