using System.Diagnostics;
using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>An integration event waiting to be published, written in the transaction of the change that raised it.</summary>
public sealed class OutboxMessage
{
    public const int LastErrorLength = 1000;

    /// <summary>Sequence assigned by the database; the dispatcher publishes in this order.</summary>
    public long Sequence { get; private set; }

    /// <summary>Becomes the broker message id, so consumers' inboxes recognise redeliveries.</summary>
    public Guid MessageId { get; private set; }

    public string MessageType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public DateTime? DispatchedAt { get; private set; }

    /// <summary>The dispatcher instance publishing the row right now; with <see cref="LeasedUntil"/> it keeps replicas from publishing the same row.</summary>
    public Guid? LeaseToken { get; private set; }

    /// <summary>When the lease lapses, so rows held by a replica that died are taken over.</summary>
    public DateTime? LeasedUntil { get; private set; }

    /// <summary>W3C trace context of the change that raised the event, so its trace continues through the broker.</summary>
    public string? TraceParent { get; private set; }

    /// <summary>Failed attempts to read or serialise this row (not broker outages, which fail every row alike).</summary>
    public int Attempts { get; private set; }

    /// <summary>Set when the row failed <see cref="OutboxOptions.MaxAttempts"/> times: it is kept but skipped until an operator replays it.</summary>
    public DateTime? QuarantinedAt { get; private set; }

    /// <summary>The last failure, for the operator who decides whether to replay or drop the row.</summary>
    public string? LastError { get; private set; }

    public static OutboxMessage From(IIntegrationEvent integrationEvent) => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = IntegrationEventTypes.NameOf(integrationEvent.GetType()),
        Payload = IntegrationEventTypes.Serialize(integrationEvent),
        OccurredAt = integrationEvent.OccurredAt,
        TraceParent = Activity.Current?.Id,
    };
}
