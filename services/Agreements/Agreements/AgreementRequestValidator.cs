using Corridor.BuildingBlocks.Domain;
using FluentValidation;

namespace Corridor.Agreements.Agreements;

/// <summary>The rules on an agreement's content fields, for every use case that writes them (draft, revise, upsert).</summary>
public abstract class AgreementFieldsValidator<T> : AbstractValidator<T>
    where T : IAgreementFields
{
    protected AgreementFieldsValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().IsEnumName(typeof(AgreementKind), caseSensitive: false)
            .WithMessage($"Kind must be one of: {string.Join(", ", Enum.GetNames<AgreementKind>())}.");
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Agreement.MaxTitle);
        RuleFor(r => r.Witness).MaximumLength(Agreement.MaxName);
        RuleFor(r => r.TermStart).NotNull();
        RuleFor(r => r.TermEnd).GreaterThanOrEqualTo(r => r.TermStart).When(r => r.TermEnd is not null && r.TermStart is not null)
            .WithMessage("The term cannot end before it starts.");
        RuleFor(r => r.Parties).Cascade(CascadeMode.Stop).NotNull().Must(p => p!.Count >= 2).WithMessage("An agreement needs at least two parties.");
        RuleForEach(r => r.Parties).NotNull().WithMessage("Each party must be given.");
        // Every item is checked (no cascade stop across items), null ones only by the rule above.
        RuleForEach(r => r.Parties).Where(item => item is not null).SetValidator(new PartyRequestValidator());
        RuleFor(r => r.Document!).SetValidator(new DocumentRequestValidator()).When(r => r.Document is not null);
        RuleForEach(r => r.Plans).NotNull().WithMessage("Each plan line must be given.");
        RuleForEach(r => r.Plans).Where(item => item is not null).SetValidator(new PlanRequestValidator());
    }
}

public sealed class PartyRequestValidator : AbstractValidator<PartyRequest>
{
    public PartyRequestValidator()
    {
        RuleFor(p => p.OrganId).Must(UnifiedSocialCreditCode.IsValid)
            .WithMessage("OrganId must be a valid unified social credit code (GB 32100).");
        RuleFor(p => p.OrganName).MaximumLength(Agreement.MaxName);
        // Which region an organ belongs to is the directory's to say (PartyDirectory); here only the code's form.
        RuleFor(p => p.RegionCode).Matches("^[1-9][0-9]{5}$").When(p => !string.IsNullOrEmpty(p.RegionCode))
            .WithMessage("RegionCode, when given, must be a GB/T 2260 division code (six digits); it may be left out, the organ's region is taken from the directory.");
    }
}

public sealed class DocumentRequestValidator : AbstractValidator<DocumentRequest>
{
    public DocumentRequestValidator()
    {
        RuleFor(d => d.Sha256).Must(DocumentReference.IsSha256).WithMessage("Sha256 must be the file's SHA-256 as 64 lowercase hex digits.");
        RuleFor(d => d.Location).NotEmpty().MaximumLength(DocumentReference.MaxLocation);
    }
}

public sealed class PlanRequestValidator : AbstractValidator<PlanRequest>
{
    public PlanRequestValidator()
    {
        RuleFor(p => p.Year).NotNull().InclusiveBetween(2000, 2100);
        RuleFor(p => p.Area).NotEmpty().IsEnumName(typeof(CooperationArea), caseSensitive: false)
            .WithMessage($"Area must be one of: {string.Join(", ", Enum.GetNames<CooperationArea>())}.");
        RuleFor(p => p.Planned).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(10_000);
        RuleFor(p => p.Goal).MaximumLength(AreaPlan.MaxGoal);
    }
}
