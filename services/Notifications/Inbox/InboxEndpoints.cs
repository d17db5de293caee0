using System.Text.Json;
using Corridor.BuildingBlocks.UseCases;
using Microsoft.Net.Http.Headers;

namespace Corridor.Notifications.Inbox;

/// <summary>The caller's inbox over REST: each route translates to its use case; the event stream follows <see cref="InboxFeed"/>.</summary>
internal static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxEndpoints(this IEndpointRouteBuilder routes)
    {
        var inbox = routes.MapGroup("/api/v1/notifications").WithTags("Inbox");
        inbox.MapGet("/", (bool? unread, string? kind, string? recordType, string? cursor, int? limit, string? lang, UseCaseRunner useCases, HttpContext http) =>
            useCases.RunAsync(new ListNotifications(unread, kind, recordType, cursor, limit, LanguageOf(lang, http)), http.RequestAborted))
            .ProducesValidationProblem();
        inbox.MapGet("/unread-count", (UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new CountUnread(), ct));
        inbox.MapPost("/{id:guid}/read", (Guid id, string? lang, UseCaseRunner useCases, HttpContext http) =>
            useCases.RunAsync(new MarkRead(id, LanguageOf(lang, http)), http.RequestAborted));
        inbox.MapPost("/read-all", (MarkAllReadRequest? r, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new MarkAllRead(r?.UpTo), ct))
            .ProducesValidationProblem();
        inbox.MapGet("/stream", StreamAsync)
            .Produces<NotificationResponse>(StatusCodes.Status200OK, "text/event-stream")
            .WithSummary("Server-sent events: each new notification as one `notification` event, after `after` (a position) or from now.");
        return routes;
    }

    private static async Task StreamAsync(string? after, string? lang, InboxFeed feed, HttpContext http)
    {
        var language = LanguageOf(lang, http);
        // A reconnecting EventSource sends the last id it saw.
        after ??= http.Request.Headers["Last-Event-ID"].FirstOrDefault();
        // Started before the first byte, so a bad position is still a problem+json answer rather than a broken stream.
        var start = await feed.StartAsync(after, "after", http.RequestAborted);
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.Body.FlushAsync(http.RequestAborted);
        try
        {
            await foreach (var notification in feed.FollowAsync(start, language, http.RequestAborted))
            {
                var json = JsonSerializer.Serialize(notification, JsonSerializerOptions.Web);
                await http.Response.WriteAsync($"id: {notification.Position}\nevent: notification\ndata: {json}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the normal end of an event stream.
        }
    }

    private static InboxLanguage LanguageOf(string? lang, HttpContext http) =>
        InboxPosition.Language(lang ?? http.Request.Headers[HeaderNames.AcceptLanguage].ToString());
}

internal sealed record MarkAllReadRequest(string? UpTo);
