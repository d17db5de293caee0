using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Tests.Outbox;

public sealed class OutboxPublishRoundsTests
{
    [Fact]
    public void Different_aggregates_share_a_round_and_an_aggregates_next_event_waits_for_the_next()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        var batch = new[] { (a, 1), (b, 1), (a, 2), (c, 1), (a, 3), (b, 2) }
            .Select(e => OutboxMessage.From(new AgreementActivated(e.Item1, "PairingAgreement", "rounds", [], e.Item2, DateTime.UtcNow)))
            .ToList();

        var (readable, unreadable) = OutboxPublishRounds.Read(batch);
        var rounds = OutboxPublishRounds.Of(readable)
            .Select(round => round.Select(r => (((AgreementActivated)r.Message).AgreementId, ((AgreementActivated)r.Message).AggregateVersion)).ToList())
            .ToList();

        Assert.Null(unreadable);
        Assert.Equal(
            [
                [(a, 1L), (b, 1L), (c, 1L)],
                [(a, 2L), (b, 2L)],
                [(a, 3L)],
            ],
            rounds);
    }
}
