using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Queries;

/// <summary>One agreement; every member reads every agreement.</summary>
public sealed record GetAgreement(Guid AgreementId) : IUseCase<Agreement>;

internal sealed class GetAgreementHandler(AgreementsDbContext db) : IUseCaseHandler<GetAgreement, Agreement>
{
    public Task<Agreement> HandleAsync(GetAgreement request, CancellationToken cancellationToken) =>
        AgreementQueries.GetAsync(db, request.AgreementId, cancellationToken);
}
