using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Tests.Outbox;

/// <summary>A row that can never be published is quarantined after a few attempts instead of stopping every later row.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OutboxQuarantineTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_row_whose_event_type_was_renamed_is_quarantined_later_rows_flow_and_the_documented_replay_sends_it()
    {
        var errors = new CapturedErrors();
        await using var host = await MessagingTestHost.StartAsync(
            await rabbitMq.CreateVirtualHostAsync(),
            settings: new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" },
            configure: builder => builder.Logging.AddProvider(errors));
        using var quarantined = new CounterTotal("corridor.outbox.quarantined");
        var stuck = Guid.NewGuid();
        var renamed = OutboxMessage.From(Activated(stuck, 1));
        // A release renamed the event type while this row waited in the outbox.
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO OutboxMessages (Sequence, MessageId, MessageType, Payload, OccurredAt, Attempts) VALUES ({-1L}, {renamed.MessageId}, {"Corridor.Contracts.Events.AgreementWentLive"}, {renamed.Payload}, {renamed.OccurredAt}, {0})"));
        var later = Guid.NewGuid();

        await host.WriteAsync(db =>
        {
            for (var version = 1; version <= 3; version++)
            {
                db.OutboxMessages.Add(OutboxMessage.From(Activated(later, version)));
            }
        });

        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync(e => e.AggregateId == later)) == 3, Timeout, "the rows behind the unreadable one are published");
        var row = await host.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Sequence == -1));
        Assert.Equal(3, row.Attempts);
        Assert.NotNull(row.QuarantinedAt);
        Assert.Null(row.DispatchedAt);
        Assert.Contains("unknown event type 'Corridor.Contracts.Events.AgreementWentLive'", row.LastError, StringComparison.Ordinal);
        Assert.Equal(1, quarantined.Total);
        Assert.Single(errors.Messages, m => m.Contains("Quarantined outbox row -1", StringComparison.Ordinal));

        // The operator's replay (docs/operations/messaging-recovery.md): correct the type, then release the row.
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE OutboxMessages SET MessageType = {IntegrationEventTypes.NameOf(typeof(AgreementActivated))}, Attempts = 0, QuarantinedAt = NULL WHERE Sequence = {-1L}"));
        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.AnyAsync(e => e.AggregateId == stuck)), Timeout, "the replayed row is published");
        Assert.NotNull(await host.QueryAsync(db => db.OutboxMessages.Where(m => m.Sequence == -1).Select(m => m.DispatchedAt).SingleAsync()));
    }

    private static AgreementActivated Activated(Guid id, long version) =>
        new(id, "PairingAgreement", $"v{version}", [], version, DateTime.UtcNow);
}
