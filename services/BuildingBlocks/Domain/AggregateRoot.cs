using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Domain;

/// <summary>
/// Base of every aggregate: a version that is both the optimistic-concurrency token and the ETag,
/// and the facts raised by the last change, which the DbContext turns into outbox rows.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IIntegrationEvent> _pendingEvents = [];

    public Guid Id { get; protected set; } = Guid.NewGuid();

    public long Version { get; private set; }

    internal IReadOnlyList<IIntegrationEvent> PendingEvents => _pendingEvents;

    internal void ClearPendingEvents() => _pendingEvents.Clear();

    /// <summary>Every state change calls this once, so the next version is what events carry.</summary>
    protected long NextVersion() => ++Version;

    protected void Raise(IIntegrationEvent integrationEvent) => _pendingEvents.Add(integrationEvent);
}
