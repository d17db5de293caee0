using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Agreements;

/// <summary>Applies one change to an agreement through <see cref="AggregateChange"/>; the write half of every agreement use case.</summary>
internal sealed class AgreementWriter(AgreementsDbContext db, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public Task<Agreement> ApplyAsync(Guid id, VersionPrecondition precondition, Func<Agreement, Task> change, CancellationToken cancellationToken) =>
        AggregateChange.ApplyAsync(db, db.Agreements, id, precondition, change, cancellationToken);

    public Task<Agreement> ApplyAsync(Guid id, VersionPrecondition precondition, Action<Agreement> change, CancellationToken cancellationToken) =>
        AggregateChange.ApplyAsync(db, db.Agreements, id, precondition, change, cancellationToken);

    /// <summary>The pairing agreements in force the overlap rule compares <paramref name="agreement"/> with, for the organs it would bind.</summary>
    public Task<IReadOnlyList<Agreement>> PairingsInForceAsync(Agreement agreement, IReadOnlyCollection<string> organIds, CancellationToken cancellationToken) =>
        AgreementQueries.PairingsInForceAsync(db, agreement.Id, organIds, cancellationToken);
}
