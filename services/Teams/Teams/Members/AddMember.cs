using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Teams.Teams.Members;

/// <summary>The owning region adds a person to the team's roster. No field for a national ID number exists, on purpose.</summary>
public sealed record AddMember(
    Guid TeamId, VersionPrecondition Precondition, string? PersonName, string? OrganId, string? Role, bool? PartyMember, string? Phone, DateOnly? JoinedOn)
    : IUseCase<MemberChanged>;

internal sealed class AddMemberValidator : AbstractValidator<AddMember>
{
    public AddMemberValidator()
    {
        RuleFor(r => r.PersonName).NotEmpty().MaximumLength(Team.MaxPersonName);
        RuleFor(r => r.OrganId).NotEmpty().Must(UnifiedSocialCreditCode.IsValid)
            .WithMessage("OrganId must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.Role).Must(EnumNames.Is<MemberRole>).WithMessage($"Role must be one of {EnumNames.List<MemberRole>()}.");
        RuleFor(r => r.PartyMember).NotNull();
        RuleFor(r => r.Phone).Must(p => PhoneNumbers.Normalize(p) is not null).When(r => !string.IsNullOrWhiteSpace(r.Phone))
            .WithMessage($"A phone number has {PhoneNumbers.MinDigits} to {PhoneNumbers.MaxDigits} digits (spaces, dashes and a leading + allowed).");
        RuleFor(r => r.JoinedOn).NotNull();
    }
}

internal sealed class AddMemberHandler(TeamWriter teams, IOrganDirectory directory, CallerIdentity caller) : IUseCaseHandler<AddMember, MemberChanged>
{
    public async Task<MemberChanged> HandleAsync(AddMember request, CancellationToken cancellationToken)
    {
        TeamMember? member = null;
        var team = await teams.ApplyAsync(request.TeamId, request.Precondition, t => member = t.AddMember(
            caller,
            request.PersonName!,
            request.OrganId!,
            Enum.Parse<MemberRole>(request.Role!),
            request.PartyMember!.Value,
            string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone,
            request.JoinedOn!.Value,
            teams.Now), cancellationToken);
        var view = MemberResponse.Of(member!, owner: true);
        return new MemberChanged(view.Named(await directory.NamesAsync([view.OrganId], cancellationToken)), team.Version);
    }
}
