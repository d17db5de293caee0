using System.Text.Json;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

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
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>
    /// A team belongs to the caller's organ and region: nobody registers teams for another region. With an
    /// Idempotency-Key, a retried registration answers the first one again instead of registering a second team.
    /// </summary>
    public static async Task<IResult> HandleAsync(
        RegisterTeamRequest request, CallerIdentity caller, TeamsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var key = IdempotencyKeys.KeyOf(http.Request);
        var callerKey = $"{caller.Region}/{caller.Subject}";
        var requestHash = IdempotencyKeys.HashBody(JsonSerializer.SerializeToUtf8Bytes(request, JsonSerializerOptions.Web));
        if (key is not null && await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

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
        var answer = JsonSerializer.Serialize(TeamResponse.From(team, DateOnly.FromDateTime(now)), JsonSerializerOptions.Web);
        if (key is not null)
        {
            IdempotencyKeys.Record(db, callerKey, key, requestHash, StatusCodes.Status201Created, JsonContentType, answer, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key committed concurrently: answer as a replay of the winner, or fail as before when it was something else.
            db.ChangeTracker.Clear();
            if (await IdempotencyKeys.ReplayAsync(db, callerKey, key, requestHash, cancellationToken) is not { } winner)
            {
                throw;
            }

            return winner;
        }

        ETags.Set(http.Response, team.Version);
        http.Response.Headers.Location = $"/api/v1/teams/{team.Id}";
        return TypedResults.Text(answer, JsonContentType, statusCode: StatusCodes.Status201Created);
    }
}
