using FluentValidation;

namespace Corridor.Lists.Resources;

/// <summary>What a resource is offered with, in a request or a batch item, before validation.</summary>
public interface IResourceContent
{
    string? Title { get; }

    string? Description { get; }

    string? Category { get; }

    decimal? Capacity { get; }

    string? Unit { get; }

    DateOnly? ValidFrom { get; }

    DateOnly? ValidTo { get; }

    string? ExternalReference { get; }
}

public sealed class ResourceRequestValidator : ResourceContentValidator<ResourceRequest>
{
    public const int MaxExternalReferenceLength = 100;
}

/// <summary>The content rules, for every request that carries a resource's content.</summary>
public abstract class ResourceContentValidator<T> : AbstractValidator<T>
    where T : IResourceContent
{
    protected ResourceContentValidator()
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
        RuleFor(r => r.ExternalReference).MaximumLength(ResourceRequestValidator.MaxExternalReferenceLength);
    }
}
