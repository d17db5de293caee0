using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements.Queries;

/// <summary>Agreements by status, kind, a party's region or organ (each optional; an unknown status or kind does not filter), oldest first.</summary>
public sealed record ListAgreements(string? Status, string? Kind, string? Region, string? Organ) : IUseCase<IReadOnlyList<Agreement>>;

internal sealed class ListAgreementsHandler(AgreementsDbContext db) : IUseCaseHandler<ListAgreements, IReadOnlyList<Agreement>>
{
    public Task<IReadOnlyList<Agreement>> HandleAsync(ListAgreements request, CancellationToken cancellationToken) =>
        AgreementQueries.ListAsync(db, request.Status, request.Kind, request.Region, request.Organ, cancellationToken);
}
