using FluentValidation;

namespace Corridor.Lists.Resources;

public sealed class ResourceRequestValidator : AbstractValidator<ResourceRequest>
{
    public const int MaxExternalReferenceLength = 100;

    public ResourceRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Description).MaximumLength(4000);
        RuleFor(r => r.Category).Must(c => ResourceCategories.Parse(c) is not null)
            .WithMessage($"Category must be one of: {ResourceCategories.Names}.");
        RuleFor(r => r.Capacity).NotNull().Must(c => c is null || ResourceCapacity.IsRepresentable(c.Value))
            .WithMessage("Capacity must be zero or more, with at most three decimals.");
        RuleFor(r => r.Unit).NotEmpty().MaximumLength(40);
        RuleFor(r => r.ValidFrom).NotNull();
        RuleFor(r => r.ValidTo).NotNull();
        RuleFor(r => r.ValidTo).GreaterThanOrEqualTo(r => r.ValidFrom).When(r => r.ValidFrom is not null && r.ValidTo is not null)
            .WithMessage("ValidTo must not be before ValidFrom.");
        RuleFor(r => r.ExternalReference).MaximumLength(MaxExternalReferenceLength);
    }
}
