namespace Corridor.Contracts.Events;

/// <summary>
/// A fact that happened in one service and that others may react to. Immutable, named in the past tense.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Id of the aggregate the fact is about.</summary>
    Guid AggregateId { get; }

    /// <summary>The aggregate's version after the change; consumers use it to ignore stale facts.</summary>
    long AggregateVersion { get; }

    /// <summary>When the change happened (UTC).</summary>
    DateTime OccurredAt { get; }
}
