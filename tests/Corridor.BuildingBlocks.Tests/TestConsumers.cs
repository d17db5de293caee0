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

/// <summary>Stands for a consumer's database: down for the next <see cref="FailNext"/> attempts, then back.</summary>
internal sealed class ConsumerOutage
{
    private int _failuresLeft;
    private int _attempts;

    public int Attempts => _attempts;

    public void FailNext(int attempts) => Interlocked.Exchange(ref _failuresLeft, attempts);

    public void ThrowWhileDown()
    {
        Interlocked.Increment(ref _attempts);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The consumer's database is down.");
        }
    }
}

/// <summary>Records resource offers through the inbox, failing while its <see cref="ConsumerOutage"/> lasts.</summary>
internal sealed class ResourceOfferedRecorder(TestDbContext db, TimeProvider clock, ILogger<ResourceOfferedRecorder> logger, ConsumerOutage outage)
    : InboxConsumer<ResourceOffered, TestDbContext>(db, clock, logger)
{
    protected override Task HandleAsync(ResourceOffered message, CancellationToken cancellationToken)
    {
        outage.ThrowWhileDown();
        Db.Effects.Add(new Effect { AggregateId = message.ResourceId, AggregateVersion = message.AggregateVersion, Title = message.Title });
        return Task.CompletedTask;
    }
}

internal sealed class ResourceOfferedRecorderDefinition : ConsumerDefinition<ResourceOfferedRecorder>
{
    // One at a time, so a sentinel published last is handled last.
    public ResourceOfferedRecorderDefinition() => ConcurrentMessageLimit = 1;
}
