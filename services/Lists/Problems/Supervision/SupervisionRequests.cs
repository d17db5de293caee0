using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

public sealed record AcceptProblemRequest(string? ResponsibleOrganId, string? ResponsibleRegionCode, IReadOnlyList<OrganRequest>? CoResponsibleOrgans, DateOnly? DueDate);

public sealed record OrganRequest(string? OrganId, string? RegionCode);

public sealed record ProgressRequest(string? Text, string? SupportNeeded);

public sealed record ResolveRequest(string? Resolution);

public sealed record ConfirmRequest(int? Satisfaction);

public sealed record ReasonRequest(string? Reason);

public sealed record DuplicateRequest(Guid? DuplicateOf);

public sealed record TransferRequest(string? ToOrganId, string? ToRegionCode, string? Reason);

public sealed record UrgeRequest(string? Note);

public sealed class AcceptProblemValidator : AbstractValidator<AcceptProblemRequest>
{
    public AcceptProblemValidator()
    {
        RuleFor(r => r.ResponsibleOrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("ResponsibleOrganId must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ResponsibleRegionCode).Must(CorridorRegions.IsMember).WithMessage("ResponsibleRegionCode must be a corridor member region.");
        RuleFor(r => r.DueDate).NotNull();
        RuleForEach(r => r.CoResponsibleOrgans).NotNull().WithMessage("Each co-responsible organ must be given.");
        RuleForEach(r => r.CoResponsibleOrgans).Where(o => o is not null).ChildRules(organ =>
        {
            organ.RuleFor(o => o.OrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("OrganId must be a valid unified social credit code (GB 32100).");
            organ.RuleFor(o => o.RegionCode).Must(CorridorRegions.IsMember).WithMessage("RegionCode must be a corridor member region.");
        });
    }
}

public sealed class ProgressValidator : AbstractValidator<ProgressRequest>
{
    public ProgressValidator()
    {
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Problem.MaxText);
        RuleFor(r => r.SupportNeeded).MaximumLength(Problem.MaxText);
    }
}

public sealed class ResolveValidator : AbstractValidator<ResolveRequest>
{
    public ResolveValidator() => RuleFor(r => r.Resolution).NotEmpty().MaximumLength(Problem.MaxText);
}

public sealed class ConfirmValidator : AbstractValidator<ConfirmRequest>
{
    public ConfirmValidator() => RuleFor(r => r.Satisfaction).NotNull().InclusiveBetween(1, 5);
}

public sealed class ReasonValidator : AbstractValidator<ReasonRequest>
{
    public ReasonValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Problem.MaxText);
}

public sealed class DuplicateValidator : AbstractValidator<DuplicateRequest>
{
    public DuplicateValidator() => RuleFor(r => r.DuplicateOf).NotNull().NotEqual(Guid.Empty);
}

public sealed class TransferValidator : AbstractValidator<TransferRequest>
{
    public TransferValidator()
    {
        RuleFor(r => r.ToOrganId).Must(UnifiedSocialCreditCode.IsValid).WithMessage("ToOrganId must be a valid unified social credit code (GB 32100).");
        RuleFor(r => r.ToRegionCode).Must(CorridorRegions.IsMember).WithMessage("ToRegionCode must be a corridor member region.");
        RuleFor(r => r.Reason).MaximumLength(Problem.MaxText);
    }
}

public sealed class UrgeValidator : AbstractValidator<UrgeRequest>
{
    public UrgeValidator() => RuleFor(r => r.Note).MaximumLength(Problem.MaxText);
}
