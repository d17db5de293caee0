using Corridor.BuildingBlocks.Domain;
using FluentValidation;

namespace Corridor.Lists.Problems;

/// <summary>The content rules, for every request that carries a problem's content.</summary>
public abstract class ProblemContentValidator<T> : AbstractValidator<T>
    where T : IProblemContent
{
    protected ProblemContentValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Problem.MaxTitle);
        RuleFor(r => r.Description).MaximumLength(Problem.MaxText);
        RuleFor(r => r.Category).Must(EnumNames.Is<ProblemCategory>).WithMessage($"Category must be one of {EnumNames.List<ProblemCategory>()}.");
        RuleFor(r => r.Severity).Must(EnumNames.Is<ProblemSeverity>).WithMessage($"Severity must be one of {EnumNames.List<ProblemSeverity>()}.");
        RuleFor(r => r.EnterpriseCreditCode).Must(UnifiedSocialCreditCode.IsValid).When(r => r.EnterpriseCreditCode is not null)
            .WithMessage("EnterpriseCreditCode must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ExternalReference).MaximumLength(Problem.MaxExternalReference);
    }
}
