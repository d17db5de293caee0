using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Signing;

/// <summary>A party sends the draft out for signatures.</summary>
public sealed record ProposeAgreement(Guid AgreementId, VersionPrecondition Precondition) : IUseCase<Agreement>;

internal sealed class ProposeAgreementHandler(AgreementWriter agreements, CallerIdentity caller) : IUseCaseHandler<ProposeAgreement, Agreement>
{
    public Task<Agreement> HandleAsync(ProposeAgreement request, CancellationToken cancellationToken) =>
        agreements.ApplyAsync(request.AgreementId, request.Precondition, async a =>
            a.Propose(caller, await agreements.PairingsInForceAsync(a, a.PartyOrganIds, cancellationToken), agreements.Now), cancellationToken);
}
