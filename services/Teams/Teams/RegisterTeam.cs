using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.Teams.Infrastructure;
using FluentValidation;

namespace Corridor.Teams.Teams;

/// <summary>The body of POST /api/v1/teams (register), PUT /api/v1/teams/{id} (edit) and PUT /api/v1/teams/by-ref/{externalReference}.</summary>
public sealed record RegisterTeamRequest(string? Kind, string? Name, string? Mission, DateOnly? FormedOn, string? ParentPartyOrganisation = null, DateOnly? DissolveBy = null)
{
    public TeamDetails ToDetails() => new(
        Enum.Parse<TeamKind>(Kind!, ignoreCase: true),
        Name!,
        Mission!,
        FormedOn!.Value,
        string.IsNullOrWhiteSpace(ParentPartyOrganisation) ? null : ParentPartyOrganisation,
        DissolveBy);
}

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
    /// <summary>
    /// A team belongs to the caller's organ and region: nobody registers teams for another region. With an
    /// Idempotency-Key, a retried registration answers the first one again instead of registering a second team.
    /// </summary>
    public static Task<IResult> HandleAsync(RegisterTeamRequest request, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return IdempotentCreate.HandleAsync(http, db, caller, request, now, StatusCodes.Status201Created, _ =>
        {
            var team = Register(caller, request.ToDetails(), now, externalReference: null);
            db.Teams.Add(team);
            return Task.FromResult<(object, long, string?)>((TeamResponse.From(team, DateOnly.FromDateTime(now)), team.Version, $"/api/v1/teams/{team.Id}"));
        });
    }

    public static Team Register(CallerIdentity caller, TeamDetails details, DateTime now, string? externalReference) =>
        Team.Register(caller, details.Kind, details.Name, details.Mission, details.FormedOn, details.ParentPartyOrganisation, details.DissolveBy, now, externalReference);
}
