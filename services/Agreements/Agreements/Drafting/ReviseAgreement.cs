using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Drafting;

/// <summary>A party rewrites the draft; it replaces the content, so the caller must name the version it read (428 / 412).</summary>
public sealed record ReviseAgreement(
    Guid AgreementId,
    VersionPrecondition Precondition,
    string? Kind,
    string? Title,
    string? Witness,
    IReadOnlyList<PartyRequest>? Parties,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    DocumentRequest? Document,
    IReadOnlyList<PlanRequest>? Plans) : IUseCase<Agreement>, IAgreementFields
{
    public static ReviseAgreement From(Guid agreementId, VersionPrecondition precondition, IAgreementFields f) =>
        new(agreementId, precondition, f.Kind, f.Title, f.Witness, f.Parties, f.TermStart, f.TermEnd, f.Document, f.Plans);
}

internal sealed class ReviseAgreementValidator : AgreementFieldsValidator<ReviseAgreement>;

internal sealed class ReviseAgreementHandler(AgreementWriter agreements, PartyDirectory parties, CallerIdentity caller) : IUseCaseHandler<ReviseAgreement, Agreement>
{
    public async Task<Agreement> HandleAsync(ReviseAgreement request, CancellationToken cancellationToken)
    {
        var content = request.ToContent(await parties.TermsAsync(request.Parties!, cancellationToken));
        return await agreements.ApplyAsync(request.AgreementId, request.Precondition.Required, a => a.Revise(caller, content, agreements.Now), cancellationToken);
    }
}
