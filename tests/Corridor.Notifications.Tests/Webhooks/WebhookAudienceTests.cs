using System.Net;
using Corridor.BuildingBlocks.Messaging;
using Corridor.Contracts.Events;
using Corridor.Notifications.Webhooks;

namespace Corridor.Notifications.Tests.Webhooks;

/// <summary>The tenancy rule of webhooks: every event type has one, so a new event cannot be sent to anyone by default.</summary>
public sealed class WebhookAudienceTests
{
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    public static TheoryData<Type> EventTypes => [.. typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))];

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_integration_event_type_has_a_webhook_audience_rule(Type eventType) =>
        Assert.True(WebhookAudience.HasRule(eventType), $"{eventType.Name} has no rule in WebhookAudience: decide which regions may read its record.");

    [Fact]
    public void The_webhook_queue_receives_exactly_the_events_a_region_may_be_sent()
    {
        var subscribed = CorridorSubscriptions.WebhookSubscriptions.Select(s => s.EventType).ToHashSet();
        Assert.Equal(subscribed.OrderBy(t => t.Name), WebhookExtensions.FannedOutEvents);
        Assert.All(CorridorSubscriptions.WebhookSubscriptions, s => Assert.Equal(WebhookFanOutDefinition<WebhookFanOut<ProblemUrged>>.Queue, s.Queue));
        Assert.DoesNotContain(typeof(PersonChanged), subscribed);
        // The inbox keys a consumed message by the consumer's full name, at most 200 characters.
        Assert.All(WebhookExtensions.FannedOutEvents, t => Assert.InRange(typeof(WebhookFanOut<>).MakeGenericType(t).FullName!.Length, 1, 200));
    }

    public static TheoryData<IIntegrationEvent> PublicRecords =>
    [
        new ProblemUrged(Guid.NewGuid(), "441200", "450900", "org", "441200", 3, At),
        new ProblemEscalated(Guid.NewGuid(), "441200", "450900", "org", new DateOnly(2026, 6, 1), 4, 5, At),
        new ResourceWithdrawn(Guid.NewGuid(), "450900", "用完", 2, At),
        new MatchProposed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "a", "b", "a", 1, At),
        new ProjectSubmitted(Guid.NewGuid(), "项目", "450900", 1, 1, ["450900"], At, 2, At),
        new AgreementSuspended(Guid.NewGuid(), "原因", 3, At),
        new ActivityRecorded(Guid.NewGuid(), Guid.NewGuid(), "Party", new DateOnly(2026, 6, 1), "org", [], 20, 1, At),
        new TeamDeployed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 6, 1), null, 2, At),
        new RegionJoined(Guid.NewGuid(), "450900", "玉林市", "450000", new DateOnly(2026, 1, 1), null, 1, At),
    ];

    [Theory]
    [MemberData(nameof(PublicRecords))]
    public async Task Records_every_member_reads_go_to_every_regions_endpoints(IIntegrationEvent message)
    {
        var readers = await new WebhookAudience(null!).ReadersAsync(message, CancellationToken.None);

        Assert.True(readers.Include("450900") && readers.Include("441200") && readers.Include("530100"));
        Assert.Contains(message.GetType().Name, WebhookAudience.DeliverableKinds);
    }

    [Fact]
    public async Task A_persons_account_goes_to_nobody_and_cannot_be_asked_for()
    {
        var changed = new PersonChanged(Guid.NewGuid(), "u", "n", "org", "450900", ["member"], "a@b.c", true, 1, At);

        Assert.Same(WebhookReaders.Nobody, await new WebhookAudience(null!).ReadersAsync(changed, CancellationToken.None));
        Assert.False(WebhookEventKinds.IsKnown(nameof(PersonChanged)));
        Assert.True(WebhookEventKinds.IsKnown(nameof(MemberJoined)));
        Assert.True(WebhookEventKinds.IsKnown("*"));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.20.30.40", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:192.168.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("202.96.128.86", false)]
    [InlineData("2400:3200::1", false)]
    public void Private_loopback_link_local_and_unique_local_addresses_are_recognised(string address, bool isPrivate) =>
        Assert.Equal(isPrivate, PrivateAddresses.Contains(IPAddress.Parse(address)));
}
