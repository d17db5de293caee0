using Corridor.Contracts.Events;
using Corridor.Contracts.Notifications.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Notifications.Tests.Integration;

/// <summary>The inbox over gRPC: the same use cases as REST, and a server stream that delivers new notifications live.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class InboxGrpcTests(SharedRabbitMq rabbitMq)
{
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task A_watch_receives_each_new_notification_live_and_the_unread_count_follows()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var coordinator = TestPerson.Coordinator(DemoOrgans.Qinzhou);
        await notifications.AnnounceAsync(coordinator);
        using var channel = GrpcChannel.ForAddress(notifications.Host.GrpcAddress);
        var client = new Contracts.Notifications.V1.Notifications.NotificationsClient(channel);
        var auth = Bearer(coordinator.Token());

        using var timeout = new CancellationTokenSource(NotificationsHost.Timeout);
        using var watch = client.WatchNotifications(new WatchNotificationsRequest(), auth, cancellationToken: timeout.Token);
        // The watch is established once the server answers its headers; only then is "from now" well defined.
        await watch.ResponseHeadersAsync;
        await notifications.PublishAsync(new ProblemRaised(Guid.NewGuid(), "450900", "450700", DemoOrgans.Yulin.Id, "港口集疏运通道堵点", "Logistics", "High", null, 1, At));

        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        var live = watch.ResponseStream.Current;
        Assert.Equal(("problem.raised", "新问题待受理：港口集疏运通道堵点", ""), (live.Kind, live.Subject, live.ReadAt));

        Assert.Equal(1, (await client.CountUnreadAsync(new CountUnreadRequest(), auth)).Unread);
        var read = await client.MarkReadAsync(new MarkReadRequest { NotificationId = live.Id, Language = "en" }, auth);
        Assert.Equal("New problem to accept: 港口集疏运通道堵点", read.Subject);
        Assert.Equal(0, (await client.CountUnreadAsync(new CountUnreadRequest(), auth)).Unread);

        var listed = await client.ListNotificationsAsync(new ListNotificationsRequest { Unread = "false" }, auth);
        Assert.Equal(live.Id, Assert.Single(listed.Notifications).Id);

        var missing = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.MarkReadAsync(new MarkReadRequest { NotificationId = Guid.NewGuid().ToString() }, auth));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        var badFlag = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ListNotificationsAsync(new ListNotificationsRequest { Unread = "maybe" }, auth));
        Assert.Equal(StatusCode.InvalidArgument, badFlag.StatusCode);
        var syncClient = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.CountUnreadAsync(new CountUnreadRequest(), Bearer(TestTokens.For(DemoOrgans.Qinzhou, "sync-client", "member"))));
        Assert.Equal(StatusCode.PermissionDenied, syncClient.StatusCode);
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
