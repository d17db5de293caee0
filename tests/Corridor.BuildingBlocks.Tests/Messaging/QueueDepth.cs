using RabbitMQ.Client;

namespace Corridor.BuildingBlocks.Tests.Messaging;

internal static class QueueDepth
{
    /// <summary>Messages ready in a queue; 0 when it does not exist (a passive declare of a missing queue closes its channel, so each check takes a new one).</summary>
    public static async Task<uint> OfAsync(Uri vhost, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = vhost }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }
}
