using FluentValidation;

namespace Corridor.Teams.Teams;

public sealed record ActivateTeamRequest(DateOnly? EffectiveOn, string? Note);

public sealed record StandDownRequest(string? Reason, DateOnly? EffectiveOn);

public sealed class ActivateTeamValidator : AbstractValidator<ActivateTeamRequest>
{
    public ActivateTeamValidator() => RuleFor(r => r.Note).MaximumLength(Team.MaxText);
}

public sealed class StandDownValidator : AbstractValidator<StandDownRequest>
{
    public StandDownValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Team.MaxText);
}
