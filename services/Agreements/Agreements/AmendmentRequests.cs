using FluentValidation;

namespace Corridor.Agreements.Agreements;

/// <summary>POST /api/v1/agreements/{id}/amendments: the reason and at least one of parties, term, plans (each replaces the whole part).</summary>
public sealed record ProposeAmendmentRequest(
    string? Reason,
    IReadOnlyList<PartyRequest>? Parties,
    TermRequest? Term,
    IReadOnlyList<PlanRequest>? Plans)
{
    public AmendmentChanges ToChanges() => new(
        Parties?.Select(p => p!.ToTerms()).ToArray(),
        Term is null ? null : new AmendedTerm(Term.Start!.Value, Term.End),
        Plans?.Select(p => p!.ToPlan()).ToArray());
}

public sealed record TermRequest(DateOnly? Start, DateOnly? End);

public sealed class ProposeAmendmentValidator : AbstractValidator<ProposeAmendmentRequest>
{
    public ProposeAmendmentValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Agreement.MaxText);
        RuleFor(r => r).Must(r => r.Parties is not null || r.Term is not null || r.Plans is not null)
            .WithName("Changes").WithMessage("An amendment changes the parties, the term or the plans.");
        RuleFor(r => r.Parties).Must(p => p!.Count >= 2).When(r => r.Parties is not null).WithMessage("An agreement needs at least two parties.");
        RuleForEach(r => r.Parties).NotNull().WithMessage("Each party must be given.");
        RuleForEach(r => r.Parties).Where(item => item is not null).SetValidator(new PartyRequestValidator());
        RuleFor(r => r.Term!.Start).NotNull().When(r => r.Term is not null).WithName("Term.Start");
        RuleFor(r => r.Term!.End).GreaterThanOrEqualTo(r => r.Term!.Start).When(r => r.Term is { Start: not null, End: not null })
            .WithName("Term.End").WithMessage("The term cannot end before it starts.");
        RuleForEach(r => r.Plans).NotNull().WithMessage("Each plan line must be given.");
        RuleForEach(r => r.Plans).Where(item => item is not null).SetValidator(new PlanRequestValidator());
    }
}

public sealed record SignAmendmentRequest(string? Signatory, string? OrganId);

public sealed class SignAmendmentValidator : AbstractValidator<SignAmendmentRequest>
{
    public SignAmendmentValidator() => RuleFor(r => r.Signatory).NotEmpty().MaximumLength(100);
}
