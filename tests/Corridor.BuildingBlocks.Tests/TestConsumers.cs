using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Tests;

internal sealed class AgreementActivatedRecorder(TestDbContext db, TimeProvider clock, ILogger<AgreementActivatedRecorder> logger)
    : InboxConsumer<AgreementActivated, TestDbContext>(db, clock, logger)
{
    protected override Task HandleAsync(AgreementActivated message, CancellationToken cancellationToken)
    {
        Db.Effects.Add(new Effect { AggregateId = message.AgreementId, AggregateVersion = message.AggregateVersion, Title = message.Title });
        return Task.CompletedTask;
    }
}

internal sealed class AgreementActivatedRecorderDefinition : ConsumerDefinition<AgreementActivatedRecorder>
{
    // One at a time, so the order of effects is the order of delivery.
    public AgreementActivatedRecorderDefinition() => ConcurrentMessageLimit = 1;
}

internal sealed class PoisonAttempts
{
    private int _count;

    public int Count => _count;

    public void Add() => Interlocked.Increment(ref _count);
}

/// <summary>Always fails: its messages must end in the error queue after the retries, not be acknowledged.</summary>
internal sealed class PoisonConsumer(PoisonAttempts attempts) : IConsumer<TeamDeployed>
{
    public Task Consume(ConsumeContext<TeamDeployed> context)
    {
        attempts.Add();
        throw new InvalidOperationException($"Cannot handle deployment {context.Message.DeploymentId}.");
    }
}
