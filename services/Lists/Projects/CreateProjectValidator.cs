using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using FluentValidation;

namespace Corridor.Lists.Projects;

public sealed class CreateProjectValidator : AbstractValidator<CreateProjectRequest>
{
    /// <summary>10^13 yuan: far above any project, and well inside a long in fen.</summary>
    private const decimal MaxBudget = 10_000_000_000_000m;

    public CreateProjectValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(ProjectContent.MaxTitle);
        RuleFor(r => r.Description).MaximumLength(ProjectContent.MaxText);
        RuleFor(r => r.Category).Must(c => c is null || EnumNames.Is<ProjectCategory>(c))
            .WithMessage($"Category must be one of {EnumNames.List<ProjectCategory>()}.");
        RuleFor(r => r.Budget).Must(b => b is null || (b >= 0 && b <= MaxBudget && decimal.Round(b.Value, 2) == b.Value))
            .WithMessage("Budget is CNY (yuan), not negative, with at most two decimals.");
        RuleFor(r => r.EndDate).Must((r, end) => end is null || r.StartDate is null || end >= r.StartDate)
            .WithMessage("EndDate cannot be before StartDate.");
        RuleFor(r => r.Partners).Cascade(CascadeMode.Stop).NotNull().Must(p => p!.Count > 0).WithMessage("A joint project needs at least one partner organ.");
        RuleForEach(r => r.Partners).NotNull().WithMessage("Each partner must be given.");
        // Every item is checked (no cascade stop across items), null ones only by the rule above.
        RuleForEach(r => r.Partners).Where(item => item is not null).ChildRules(partner =>
        {
            partner.RuleFor(p => p.OrganId).Must(UnifiedSocialCreditCode.IsValid)
                .WithMessage("OrganId must be a valid unified social credit code (GB 32100).");
            partner.RuleFor(p => p.RegionCode).Must(RegionCodes.IsWellFormed).When(p => p.RegionCode is not null)
                .WithMessage("RegionCode, when given, must be a GB/T 2260 code; it is checked against the directory's record of the organ.");
        });
        RuleFor(r => r.Milestones).Must(m => m is null || m.Count <= ProjectContent.MaxMilestones)
            .WithMessage($"At most {ProjectContent.MaxMilestones} milestones.");
        RuleForEach(r => r.Milestones).NotNull().WithMessage("Each milestone must be given.");
        RuleForEach(r => r.Milestones).Where(item => item is not null).ChildRules(milestone =>
        {
            milestone.RuleFor(m => m.Title).NotEmpty().MaximumLength(ProjectContent.MaxTitle);
            milestone.RuleFor(m => m.DueDate).NotNull();
        });
    }
}
