using Corridor.Contracts.Events;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Inbox;

/// <summary>
/// A consumer that fails after its transaction committed and before the broker got its ack (issue 15): the message
/// comes again, and the inbox makes the second delivery a no-op.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class FailureAfterCommitTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_message_whose_ack_is_lost_after_the_commit_is_delivered_again_and_applied_once()
    {
        var failure = new FailOnceAfterCommit("bbtests-agreement-activated-recorder");
        await using var host = await MessagingTestHost.StartAsync(
            await rabbitMq.CreateVirtualHostAsync(),
            configure: builder => builder.Services.AddSingleton<IConfigureReceiveEndpoint>(failure));
        var activated = new AgreementActivated(Guid.NewGuid(), "PairingAgreement", "once", [], 1, DateTime.UtcNow);

        await host.Bus.Publish(activated);

        await Eventually.TrueAsync(() => failure.Deliveries >= 2, Timeout, "the message is delivered again after the failure");
        Assert.Equal(1, failure.Failures);
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync(e => e.AggregateId == activated.AgreementId)));
        Assert.Equal(1, await host.QueryAsync(db => db.InboxRecords.CountAsync()));
    }

    /// <summary>On one queue, fails the first delivery after the consumer has committed: as if the ack never reached the broker.</summary>
    private sealed class FailOnceAfterCommit(string queue) : IConfigureReceiveEndpoint, IFilter<ConsumeContext>
    {
        private int _deliveries;
        private int _failures;

        public int Deliveries => Volatile.Read(ref _deliveries);

        public int Failures => Volatile.Read(ref _failures);

        public void Configure(string name, IReceiveEndpointConfigurator configurator)
        {
            if (name == queue)
            {
                configurator.UseFilter(this);
            }
        }

        public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
        {
            await next.Send(context);
            if (Interlocked.Increment(ref _deliveries) == 1)
            {
                Interlocked.Increment(ref _failures);
                throw new IOException("The connection dropped after the consumer committed, before its ack reached the broker.");
            }
        }

        public void Probe(ProbeContext context) => context.CreateFilterScope("fail-once-after-commit");
    }
}
