using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using FluentValidation;

namespace Corridor.Agreements.Activities;

public sealed record ActivityRequest(
    string? Area,
    DateOnly? Date,
    string? HostOrganId,
    IReadOnlyList<string>? ParticipatingOrganIds,
    int? ParticipantCount,
    string? Summary,
    DocumentRequest? Evidence)
{
    public ActivityInput ToInput() => new(
        Enum.Parse<CooperationArea>(Area!, ignoreCase: true),
        Date!.Value,
        HostOrganId!,
        ParticipatingOrganIds ?? [],
        ParticipantCount!.Value,
        Summary!,
        Evidence?.ToReference());
}

public sealed class ActivityRequestValidator : AbstractValidator<ActivityRequest>
{
    public ActivityRequestValidator()
    {
        RuleFor(r => r.Area).NotEmpty().IsEnumName(typeof(CooperationArea), caseSensitive: false)
            .WithMessage($"Area must be one of: {string.Join(", ", Enum.GetNames<CooperationArea>())}.");
        RuleFor(r => r.Date).NotNull();
        RuleFor(r => r.HostOrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("HostOrganId must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ParticipatingOrganIds).Must(ids => ids!.Count <= 100).When(r => r.ParticipatingOrganIds is not null)
            .WithMessage("At most 100 participating organs.");
        RuleForEach(r => r.ParticipatingOrganIds).Must(UnifiedSocialCreditCode.IsValid)
            .WithMessage("Each participating organ must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ParticipantCount).NotNull().InclusiveBetween(1, 1_000_000);
        RuleFor(r => r.Summary).NotEmpty().MaximumLength(Activity.MaxSummary);
        RuleFor(r => r.Evidence!).SetValidator(new DocumentRequestValidator()).When(r => r.Evidence is not null);
    }
}
