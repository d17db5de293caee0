using FluentValidation;

namespace Corridor.Teams.Teams.Registry;

/// <summary>The details a team is registered, edited or upserted with, as the caller sent them.</summary>
public interface ITeamDetailsInput
{
    string? Kind { get; }

    string? Name { get; }

    string? Mission { get; }

    DateOnly? FormedOn { get; }

    string? ParentPartyOrganisation { get; }

    DateOnly? DissolveBy { get; }
}

/// <summary>The input rules of a team's details, shared by the register, edit and upsert validators.</summary>
internal abstract class TeamDetailsValidator<T> : AbstractValidator<T>
    where T : ITeamDetailsInput
{
    protected TeamDetailsValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().IsEnumName(typeof(TeamKind), caseSensitive: false)
            .WithMessage($"Kind must be one of: {string.Join(", ", Enum.GetNames<TeamKind>())}.");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Team.MaxName);
        RuleFor(r => r.Mission).NotEmpty().MaximumLength(Team.MaxText);
        RuleFor(r => r.FormedOn).NotNull();
        RuleFor(r => r.ParentPartyOrganisation).MaximumLength(Team.MaxName);
    }
}

internal static class TeamDetailsInput
{
    /// <summary>The validated input as the domain takes it (a blank parent organisation is none).</summary>
    public static TeamDetails ToDetails(this ITeamDetailsInput input) => new(
        Enum.Parse<TeamKind>(input.Kind!, ignoreCase: true),
        input.Name!,
        input.Mission!,
        input.FormedOn!.Value,
        string.IsNullOrWhiteSpace(input.ParentPartyOrganisation) ? null : input.ParentPartyOrganisation,
        input.DissolveBy);

    public static Team Register(this TeamDetails details, Corridor.BuildingBlocks.Security.CallerIdentity caller, DateTime now, string? externalReference) =>
        Team.Register(caller, details.Kind, details.Name, details.Mission, details.FormedOn, details.ParentPartyOrganisation, details.DissolveBy, now, externalReference);
}
