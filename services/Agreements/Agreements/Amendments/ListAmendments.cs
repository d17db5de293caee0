using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Amendments;

/// <summary>Every amendment of an agreement, by number.</summary>
public sealed record ListAmendments(Guid AgreementId) : IUseCase<IReadOnlyList<Amendment>>;

internal sealed class ListAmendmentsHandler(AgreementsDbContext db) : IUseCaseHandler<ListAmendments, IReadOnlyList<Amendment>>
{
    public async Task<IReadOnlyList<Amendment>> HandleAsync(ListAmendments request, CancellationToken cancellationToken) =>
        (await AgreementQueries.GetAsync(db, request.AgreementId, cancellationToken)).Amendments;
}
