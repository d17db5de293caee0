using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using FluentValidation;

namespace Corridor.Agreements.Activities;

/// <summary>The rules on an activity's fields, for recording and for an upsert.</summary>
public abstract class ActivityFieldsValidator<T> : AbstractValidator<T>
    where T : IActivityFields
{
    protected ActivityFieldsValidator()
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
