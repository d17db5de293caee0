using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Drafting;

/// <summary>Drafts a new agreement; the caller's organ must be one of its parties (the secretariat drafts for any).</summary>
public sealed record DraftAgreement(
    string? Kind,
    string? Title,
    string? Witness,
    IReadOnlyList<PartyRequest>? Parties,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    DocumentRequest? Document,
    IReadOnlyList<PlanRequest>? Plans) : IUseCase<Agreement>, IAgreementFields
{
    public static DraftAgreement From(IAgreementFields f) => new(f.Kind, f.Title, f.Witness, f.Parties, f.TermStart, f.TermEnd, f.Document, f.Plans);
}

internal sealed class DraftAgreementValidator : AgreementFieldsValidator<DraftAgreement>;

internal sealed class DraftAgreementHandler(AgreementsDbContext db, IdempotentWrites writes, PartyDirectory parties, CallerIdentity caller, TimeProvider clock)
    : IUseCaseHandler<DraftAgreement, Agreement>
{
    public async Task<Agreement> HandleAsync(DraftAgreement request, CancellationToken cancellationToken)
    {
        var content = request.ToContent(await parties.TermsAsync(request.Parties!, cancellationToken));
        var agreement = Agreement.Draft(caller, content, clock.GetUtcNow().UtcDateTime);
        db.Agreements.Add(agreement);
        await writes.SaveAsync(cancellationToken);
        return agreement;
    }
}
