using Corridor.BuildingBlocks.Domain;
using FluentValidation;

namespace Corridor.Teams.Teams.Members;

/// <summary>No field for a national ID number exists, on purpose: the roster keeps the minimum.</summary>
public sealed record AddMemberRequest(string? PersonName, string? OrganId, string? Role, bool? PartyMember, string? Phone, DateOnly? JoinedOn);

public sealed record MemberLeavesRequest(DateOnly? LeftOn, string? Reason);

public sealed class AddMemberValidator : AbstractValidator<AddMemberRequest>
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

public sealed class MemberLeavesValidator : AbstractValidator<MemberLeavesRequest>
{
    public MemberLeavesValidator()
    {
        RuleFor(r => r.LeftOn).NotNull();
        RuleFor(r => r.Reason).MaximumLength(Team.MaxText);
    }
}
