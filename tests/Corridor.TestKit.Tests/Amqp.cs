using System.Text;
using RabbitMQ.Client;

namespace Corridor.TestKit.Tests;

/// <summary>Small RabbitMQ.Client helpers for the tests.</summary>
internal static class Amqp
{
    public static Task<IConnection> ConnectAsync(Uri uri) =>
        new ConnectionFactory { Uri = uri, ClientProvidedName = "Corridor.TestKit.Tests" }.CreateConnectionAsync();

    /// <summary>A channel whose publishes return only once the broker has confirmed them.</summary>
    public static Task<IChannel> ConfirmingChannelAsync(IConnection connection) =>
        connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true,
            publisherConfirmationTrackingEnabled: true));

    public static async Task PublishAsync(IChannel channel, string queue, string text, bool persistent)
    {
        var properties = new BasicProperties { Persistent = persistent, ContentType = "text/plain" };
        await channel.BasicPublishAsync(
            exchange: string.Empty,
            routingKey: queue,
            mandatory: true,
            basicProperties: properties,
            body: Encoding.UTF8.GetBytes(text));
    }

    public static string Text(BasicGetResult result) => Encoding.UTF8.GetString(result.Body.Span);
}
