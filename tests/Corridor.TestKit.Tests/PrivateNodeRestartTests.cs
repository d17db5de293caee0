using System.Net;
using System.Net.Sockets;
using Xunit;
using Xunit.Abstractions;

namespace Corridor.TestKit.Tests;

/// <summary>A collection of its own, so it runs in parallel with the shared-broker tests.</summary>
[CollectionDefinition(Name)]
public sealed class PrivateNodeCollection
{
    public const string Name = "private rabbitmq node";
}

[Collection(PrivateNodeCollection.Name)]
public sealed class PrivateNodeRestartTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Stop_and_start_keep_the_port_and_durable_messages()
    {
        await using var broker = await RabbitMqBroker.StartPrivateNodeAsync();
        output.WriteLine($"broker: {broker.Description}");
        Assert.True(broker.CanRestart);
        Assert.Equal("127.0.0.1", broker.AmqpUri.Host);
        var port = broker.AmqpUri.Port;
        var vhost = await broker.CreateVirtualHostAsync("restart");

        await using (var connection = await Amqp.ConnectAsync(vhost))
        {
            await using var channel = await Amqp.ConfirmingChannelAsync(connection);
            await channel.QueueDeclareAsync("durable-orders", durable: true, exclusive: false, autoDelete: false);
            await Amqp.PublishAsync(channel, "durable-orders", "order-1", persistent: true);
        }

        await broker.StopAsync();
        Assert.False(await AcceptsConnectionsAsync(port), $"port {port} still accepts connections after StopAsync");

        await broker.StartAsync();
        Assert.Equal(port, broker.AmqpUri.Port);
        Assert.True(await AcceptsConnectionsAsync(port), $"port {port} refuses connections after StartAsync");

        await using (var connection = await Amqp.ConnectAsync(vhost))
        {
            await using var channel = await connection.CreateChannelAsync();
            var queue = await channel.QueueDeclarePassiveAsync("durable-orders");
            Assert.Equal(1u, queue.MessageCount);
            var message = await channel.BasicGetAsync("durable-orders", autoAck: true);
            Assert.NotNull(message);
            Assert.Equal("order-1", Amqp.Text(message));
            Assert.True(message.BasicProperties.Persistent);
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
