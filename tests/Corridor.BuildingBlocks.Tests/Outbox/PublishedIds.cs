using System.Collections.Concurrent;
using MassTransit;

namespace Corridor.BuildingBlocks.Tests.Outbox;

/// <summary>Collects the message id of every message the bus published.</summary>
internal sealed class PublishedIds(ConcurrentBag<Guid> ids) : IPublishObserver
{
    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        ids.Add(context.MessageId!.Value);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
