using System.Net;
using System.Text.Json;
using Corridor.Testing;
using Corridor.TestKit;
using MassTransit;

namespace Corridor.Notifications.Tests.Integration;

/// <summary>
/// A Notifications host on its own virtual host, with a bus of the test's own that publishes events as the other
/// services' outboxes would, and REST reads of a person's inbox.
/// </summary>
internal sealed class NotificationsHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private NotificationsHost(ServiceHost<NotificationsServiceMarker> host, IBusControl bus)
    {
        Host = host;
        Bus = bus;
    }

    public ServiceHost<NotificationsServiceMarker> Host { get; }

    public IBusControl Bus { get; }

    public static async Task<NotificationsHost> StartAsync(Uri vhost, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new ServiceHost<NotificationsServiceMarker>("notifications", vhost, settings);
        try
        {
            await host.StartAsync();
            var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
            await bus.StartAsync();
            return new NotificationsHost(host, bus);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public Task PublishAsync<T>(T message, Guid? messageId = null)
        where T : class =>
        Bus.Publish(message, c => c.MessageId = messageId ?? Guid.NewGuid());

    /// <summary>Announces the people and waits until the read model has them all.</summary>
    public async Task AnnounceAsync(params TestPerson[] people)
    {
        foreach (var person in people)
        {
            await PublishAsync(person.Changed());
        }

        var ids = people.Select(p => p.Id).ToArray();
        await Eventually.TrueAsync(
            async () => await Host.QueryAsync<Infrastructure.NotificationsDbContext, int>(db =>
                Task.FromResult(db.People.Count(p => ids.Contains(p.PersonId)))) == ids.Length,
            Timeout,
            "the people were not announced");
    }

    public async Task<JsonElement> InboxAsync(TestPerson person, string query = "")
    {
        using var client = Host.CreateRestClient(person.Token());
        return await (await client.GetAsync($"/api/v1/notifications{query}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
    }

    public async Task<JsonElement[]> WaitForInboxAsync(TestPerson person, int count, string query = "")
    {
        JsonElement[] items = [];
        await Eventually.TrueAsync(
            async () => (items = [.. (await InboxAsync(person, query)).GetProperty("items").EnumerateArray()]).Length >= count,
            Timeout,
            $"{person.UserName} did not get {count} notifications");
        return items;
    }

    public async ValueTask DisposeAsync()
    {
        await Bus.StopAsync();
        await Host.DisposeAsync();
    }
}
