using System.Net;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Testing;
using Corridor.TestKit;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static Corridor.Identity.Tests.Integration.PersonSession;

namespace Corridor.Identity.Tests.Integration;

/// <summary>Identity's directory read model follows the Directory's events through the broker, as the other services' does.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class PeopleOrganEventsTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly DemoOrgan Registered = new(UnifiedSocialCreditCode.Complete("11451100MB0000921"), "贺州市新登记的机关", "451100");

    [SkippableFact]
    public async Task An_organ_registered_and_then_retired_in_the_directory_is_accepted_and_then_refused_for_new_people()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var identity = await IdentityHost.StartAsync(broker: vhost);
        // Readiness does not wait for the broker (ADR 0017); the consumers' queues exist once the bus is healthy.
        var bus = identity.Host.Services.GetRequiredService<IBusControl>();
        await Eventually.TrueAsync(() => Task.FromResult(bus.CheckHealth().Status == BusHealthStatus.Healthy), Timeout, "Identity's bus is connected");
        using var secretariat = await ApiAsync(identity.Address, "secretariat", "demo-secretariat");

        await PublishAsync(identity, vhost, new OrganRegistered(Guid.NewGuid(), DemoDirectory.Snapshot(Registered), 1, DateTime.UtcNow));
        var accepted = await PostAsync(secretariat, "/api/v1/people", NewPerson("hz.registered", Registered));
        await PublishAsync(identity, vhost, new OrganRetired(Guid.NewGuid(), DemoDirectory.Snapshot(Registered, status: KnownOrgan.RetiredStatus), 2, DateTime.UtcNow));
        var refused = await PostAsync(secretariat, "/api/v1/people", NewPerson("hz.after.retirement", Registered));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(OrganRefusedException.RetiredOrgan, (await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
    }

    private static async Task PublishAsync<TEvent>(IdentityHost identity, Uri vhost, TEvent message)
        where TEvent : class
    {
        using var consumed = ConsumedMessages.Observe(identity.Host.Services);
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        await bus.StartAsync();
        try
        {
            await bus.Publish(message);
            await consumed.WaitForAsync<TEvent>(1, Timeout);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static object NewPerson(string userName, DemoOrgan organ) => new
    {
        userName,
        displayName = userName,
        organId = organ.Id,
        roles = new[] { CorridorRoles.Member },
        initialPassword = "a-good-password-2026",
    };
}
