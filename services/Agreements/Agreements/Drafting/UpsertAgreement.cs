using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Drafting;

/// <summary>The caller region's agreement named by its external reference: drafted, revised (version required) or unchanged; see <see cref="AgreementUpsert"/>.</summary>
public sealed record UpsertAgreement(
    string ExternalReference,
    VersionPrecondition Precondition,
    string? Kind,
    string? Title,
    string? Witness,
    IReadOnlyList<PartyRequest>? Parties,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    DocumentRequest? Document,
    IReadOnlyList<PlanRequest>? Plans) : IUseCase<UpsertedAgreement>, IAgreementFields
{
    public static UpsertAgreement From(string externalReference, VersionPrecondition precondition, IAgreementFields f) =>
        new(externalReference, precondition, f.Kind, f.Title, f.Witness, f.Parties, f.TermStart, f.TermEnd, f.Document, f.Plans);
}

public sealed record UpsertedAgreement(Agreement Agreement, UpsertOutcome Outcome);

internal sealed class UpsertAgreementValidator : AgreementFieldsValidator<UpsertAgreement>;

internal sealed class UpsertAgreementHandler(AgreementsDbContext db, PartyDirectory parties, CallerIdentity caller, TimeProvider clock)
    : IUseCaseHandler<UpsertAgreement, UpsertedAgreement>
{
    public async Task<UpsertedAgreement> HandleAsync(UpsertAgreement request, CancellationToken cancellationToken)
    {
        var (agreement, outcome) = await AgreementUpsert.ApplyAsync(
            db,
            request.ExternalReference,
            request.ToContent(await parties.TermsAsync(request.Parties!, cancellationToken)),
            caller,
            request.Precondition.Check,
            request.Precondition.Require,
            clock.GetUtcNow().UtcDateTime,
            cancellationToken);
        return new UpsertedAgreement(agreement, outcome);
    }
}
