using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Sheets;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Submissions;

/// <summary>
/// What the generic batch needs to know about one list type: its upsert key, its content hash, and the
/// domain's own create and update operations (so events are raised as for a single change).
/// </summary>
internal interface IListSubmission<TRequest, TAggregate>
    where TAggregate : AggregateRoot
{
    SheetLayout Layout { get; }

    string? ExternalReferenceOf(TRequest request);

    string ExternalReferenceOf(TAggregate aggregate);

    /// <summary>The caller region's records with one of <paramref name="externalReferences"/>.</summary>
    IQueryable<TAggregate> Existing(ListsDbContext db, string region, IReadOnlyCollection<string> externalReferences);

    /// <summary>Only called for a request the validator accepted.</summary>
    string ContentHashOf(TRequest request);

    string ContentHashOf(TAggregate aggregate);

    /// <summary>Creates the aggregate and adds it to <paramref name="db"/>, without saving.</summary>
    TAggregate Create(ListsDbContext db, TRequest request, CallerIdentity caller, DateTime now);

    /// <summary>False when the domain found nothing to change.</summary>
    bool Update(TAggregate aggregate, TRequest request, CallerIdentity caller, DateTime now);
}
