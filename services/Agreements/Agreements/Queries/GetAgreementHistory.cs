using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Queries;

/// <summary>An agreement's audit trail, oldest line first.</summary>
public sealed record GetAgreementHistory(Guid AgreementId) : IUseCase<IReadOnlyList<AgreementTransition>>;

internal sealed class GetAgreementHistoryHandler(AgreementsDbContext db) : IUseCaseHandler<GetAgreementHistory, IReadOnlyList<AgreementTransition>>
{
    public async Task<IReadOnlyList<AgreementTransition>> HandleAsync(GetAgreementHistory request, CancellationToken cancellationToken) =>
        (await AgreementQueries.GetAsync(db, request.AgreementId, cancellationToken)).History.OrderBy(h => h.Id).ToArray();
}
