using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Queries;

/// <summary>One agreement; every member reads every agreement.</summary>
public sealed record GetAgreement(Guid AgreementId) : IUseCase<AgreementView>;

internal sealed class GetAgreementHandler(AgreementsDbContext db) : IUseCaseHandler<GetAgreement, AgreementView>
{
    public Task<AgreementView> HandleAsync(GetAgreement request, CancellationToken cancellationToken) =>
        AgreementViewQuery.GetAsync(db, request.AgreementId, cancellationToken);
}
