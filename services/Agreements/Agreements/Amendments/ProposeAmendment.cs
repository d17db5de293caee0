using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Agreements.Amendments;

/// <summary>A party proposes amendment N+1 to an agreement in force: the reason and at least one of parties, term, plans (each replaces the whole part).</summary>
public sealed record ProposeAmendment(
    Guid AgreementId,
    VersionPrecondition Precondition,
    string? Reason,
    IReadOnlyList<PartyRequest>? Parties,
    TermRequest? Term,
    IReadOnlyList<PlanRequest>? Plans) : IUseCase<Agreement>
{
    /// <summary>The changes, with the new parties (if any) as the directory records them (<see cref="PartyDirectory"/>).</summary>
    public AmendmentChanges ToChanges(IReadOnlyList<PartyTerms>? parties) => new(
        parties,
        Term is null ? null : new AmendedTerm(Term.Start!.Value, Term.End),
        Plans?.Select(p => p!.ToPlan()).ToArray());
}

internal sealed class ProposeAmendmentValidator : AbstractValidator<ProposeAmendment>
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

/// <summary>Saved through <see cref="IdempotentWrites"/>: a retried REST proposal with the same Idempotency-Key answers the first one.</summary>
internal sealed class ProposeAmendmentHandler(AgreementsDbContext db, AgreementWriter agreements, PartyDirectory parties, IdempotentWrites writes, CallerIdentity caller)
    : IUseCaseHandler<ProposeAmendment, Agreement>
{
    public async Task<Agreement> HandleAsync(ProposeAmendment request, CancellationToken cancellationToken)
    {
        var agreement = await AggregateChange.LoadAsync(db.Agreements, request.AgreementId, cancellationToken);
        request.Precondition.Check(agreement.Version);
        var changes = request.ToChanges(request.Parties is null ? null : await parties.TermsAsync(request.Parties, cancellationToken));
        var organs = agreement.PartyOrganIds.Union(changes.Parties?.Select(p => p.OrganId) ?? []).ToArray();
        agreement.ProposeAmendment(caller, request.Reason!, changes, await agreements.PairingsInForceAsync(agreement, organs, cancellationToken), agreements.Now);
        await writes.SaveAsync(cancellationToken);
        return agreement;
    }
}
