using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>A leased row revived as the event it carries, ready to publish.</summary>
public sealed record ReadableRow(OutboxMessage Row, object Message, Type Type);

/// <summary>
/// Splits a leased batch into rounds the dispatcher publishes one after another, every row of a round at once: the
/// n-th event of each aggregate goes in round n, so an aggregate's next event is published only after the broker
/// confirmed its previous one (its events still leave in version order) while events of different aggregates share
/// one round trip of confirms instead of waiting for each other.
/// </summary>
public static class OutboxPublishRounds
{
    /// <summary>
    /// The rows before the first one that cannot be read, in sequence order, and that row's fault if there is one:
    /// nothing behind an unreadable row is published, so later rows keep their order behind it.
    /// </summary>
    public static (List<ReadableRow> Readable, (OutboxMessage Row, Exception Fault)? Unreadable) Read(IReadOnlyList<OutboxMessage> batch)
    {
        var readable = new List<ReadableRow>(batch.Count);
        foreach (var row in batch)
        {
            try
            {
                var (message, type) = IntegrationEventTypes.Deserialize(row.MessageType, row.Payload);
                readable.Add(new ReadableRow(row, message, type));
            }
            catch (Exception ex) when (OutboxRowFaults.IsRowFault(ex))
            {
                return (readable, (row, ex));
            }
        }

        return (readable, null);
    }

    public static List<List<ReadableRow>> Of(IEnumerable<ReadableRow> rows)
    {
        var rounds = new List<List<ReadableRow>>();
        var eventsSoFar = new Dictionary<Guid, int>();
        foreach (var row in rows)
        {
            // Every stored event is an IIntegrationEvent (IntegrationEventTypes revives nothing else).
            var aggregate = ((IIntegrationEvent)row.Message).AggregateId;
            var round = eventsSoFar.GetValueOrDefault(aggregate);
            eventsSoFar[aggregate] = round + 1;
            if (round == rounds.Count)
            {
                rounds.Add([]);
            }

            rounds[round].Add(row);
        }

        return rounds;
    }
}
