using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit;
using Xunit.Abstractions;

namespace Corridor.TestKit.Tests;

[Collection(SharedRabbitMq.CollectionName)]
public sealed class SharedBrokerTests(SharedRabbitMq rabbit, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Message_published_to_a_queue_in_a_fresh_vhost_is_received()
    {
        var broker = await rabbit.GetBrokerAsync();
        output.WriteLine($"broker: {broker.Description}");
        var vhost = await broker.CreateVirtualHostAsync();
        Assert.NotEqual("/", vhost.AbsolutePath);

        await using var connection = await Amqp.ConnectAsync(vhost);
        await using var channel = await Amqp.ConfirmingChannelAsync(connection);
        var queue = (await channel.QueueDeclareAsync("greetings", durable: false, exclusive: false, autoDelete: false)).QueueName;
        await Amqp.PublishAsync(channel, queue, "hello", persistent: false);

        BasicGetResult? received = null;
        await Eventually.TrueAsync(
            async () => (received = await channel.BasicGetAsync(queue, autoAck: true)) is not null,
            TimeSpan.FromSeconds(10),
            "the published message can be fetched from the queue");

        Assert.Equal("hello", Amqp.Text(received!));
    }

    [SkippableFact]
    public async Task Queue_declared_in_one_vhost_is_not_visible_in_another()
    {
        var broker = await rabbit.GetBrokerAsync();
        var first = await broker.CreateVirtualHostAsync();
        var second = await broker.CreateVirtualHostAsync();
        Assert.NotEqual(first, second);

        await using var firstConnection = await Amqp.ConnectAsync(first);
        await using var firstChannel = await Amqp.ConfirmingChannelAsync(firstConnection);
        await firstChannel.QueueDeclareAsync("only-in-first", durable: true, exclusive: false, autoDelete: false);
        await Amqp.PublishAsync(firstChannel, "only-in-first", "private", persistent: true);
        Assert.Equal(1u, (await firstChannel.QueueDeclarePassiveAsync("only-in-first")).MessageCount);

        await using var secondConnection = await Amqp.ConnectAsync(second);
        await using var secondChannel = await secondConnection.CreateChannelAsync();
        var missing = await Assert.ThrowsAsync<OperationInterruptedException>(
            () => secondChannel.QueueDeclarePassiveAsync("only-in-first"));
        Assert.Equal((ushort)404, missing.ShutdownReason?.ReplyCode);

        // A queue of the same name in the second vhost is a different, empty queue.
        await using var freshChannel = await secondConnection.CreateChannelAsync();
        var sameName = await freshChannel.QueueDeclareAsync("only-in-first", durable: true, exclusive: false, autoDelete: false);
        Assert.Equal(0u, sameName.MessageCount);
        Assert.Null(await freshChannel.BasicGetAsync("only-in-first", autoAck: true));
    }

    [SkippableFact]
    public async Task Virtual_host_can_be_deleted()
    {
        var broker = await rabbit.GetBrokerAsync();
        var name = $"delete-me-{Guid.NewGuid():N}";
        var vhost = await broker.CreateVirtualHostAsync(name);
        await using (var connection = await Amqp.ConnectAsync(vhost))
        {
            Assert.True(connection.IsOpen);
        }

        await broker.DeleteVirtualHostAsync(name);
        await broker.DeleteVirtualHostAsync(name); // already gone: not an error

        // RabbitMQ.Client 7 may hand out the connection before the broker refuses the vhost;
        // the refusal (530 NOT_ALLOWED) then surfaces on the first channel.
        var refused = await Record.ExceptionAsync(async () =>
        {
            await using var connection = await Amqp.ConnectAsync(vhost);
            await using var channel = await connection.CreateChannelAsync();
        });
        Assert.True(
            refused is BrokerUnreachableException or OperationInterruptedException,
            $"connecting to a deleted vhost should fail, got {refused?.GetType().Name ?? "no exception"}");
    }
}
