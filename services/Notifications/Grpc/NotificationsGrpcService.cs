using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Inbox;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Notifications.V1;

namespace Corridor.Notifications.Grpc;

/// <summary>gRPC adapter over the same use cases as REST: proto "absent" values become null; no rules of its own.</summary>
internal sealed partial class NotificationsGrpcService(UseCaseRunner useCases) : G.Notifications.NotificationsBase
{
    [ReadOnlyCall]
    public override async Task<G.ListNotificationsReply> ListNotifications(G.ListNotificationsRequest request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new ListNotifications(
                Flag(request.Unread, "Unread"),
                Optional(request.Kind),
                Optional(request.RecordType),
                Optional(request.PageToken),
                request.Limit == 0 ? null : request.Limit,
                InboxPosition.Language(request.Language)),
            context.CancellationToken);
        var reply = new G.ListNotificationsReply { NextPageToken = page.NextCursor ?? "" };
        reply.Notifications.AddRange(page.Items.Select(Reply));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<G.CountUnreadReply> CountUnread(G.CountUnreadRequest request, ServerCallContext context)
    {
        var count = await useCases.RunAsync(new CountUnread(), context.CancellationToken);
        return new G.CountUnreadReply { Unread = count.Unread, Red = count.Red };
    }

    public override async Task<G.NotificationReply> MarkRead(G.MarkReadRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new MarkRead(Id(request.NotificationId, "NotificationId"), InboxPosition.Language(request.Language)), context.CancellationToken));

    public override async Task<G.MarkAllReadReply> MarkAllRead(G.MarkAllReadRequest request, ServerCallContext context) =>
        new() { Marked = (await useCases.RunAsync(new MarkAllRead(Optional(request.UpTo)), context.CancellationToken)).Marked };

    [ReadOnlyCall]
    public override async Task WatchNotifications(
        G.WatchNotificationsRequest request, IServerStreamWriter<G.NotificationReply> responseStream, ServerCallContext context)
    {
        var feed = context.GetHttpContext().RequestServices.GetRequiredService<InboxFeed>();
        var start = await feed.StartAsync(Optional(request.After), "After", context.CancellationToken);
        // Headers now, not with the first notification: the caller learns the watch is open (and from when it counts).
        await context.WriteResponseHeadersAsync([]);
        try
        {
            await foreach (var notification in feed.FollowAsync(start, InboxPosition.Language(request.Language), context.CancellationToken))
            {
                await responseStream.WriteAsync(Reply(notification), context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The caller cancelled: the normal end of a watch.
        }
    }

    private static bool? Flag(string value, string field) => Optional(value) switch
    {
        null => null,
        var text when bool.TryParse(text, out var flag) => flag,
        _ => throw new ValidationException([new ValidationFailure(field, "Give true, false or nothing.")]),
    };

    private static G.NotificationReply Reply(NotificationResponse n) => new()
    {
        Id = n.Id.ToString(),
        Position = n.Position,
        Kind = n.Kind,
        Severity = n.Severity,
        Subject = n.Subject,
        Body = n.Body,
        RecordService = n.Record.Service,
        RecordType = n.Record.Type,
        RecordId = n.Record.Id.ToString(),
        Link = n.Record.Link,
        CreatedAt = Text(n.CreatedAt),
        ReadAt = Text(n.ReadAt),
    };
}
