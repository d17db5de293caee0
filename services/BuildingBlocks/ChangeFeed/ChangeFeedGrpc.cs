using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Changes.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>The gRPC side of every service's change feed; each service's *Changes service delegates here.</summary>
public static class ChangeFeedGrpc
{
    public static async Task<ChangesPage> ReadAsync(ChangeFeedReader reader, ReadChangesRequest request, CancellationToken ct)
    {
        var page = await reader.ReadAsync(
            ChangeFeedCursor.ParseFeed(request.After, "after"), ChangeFeedEndpoints.CheckedLimit(request.Limit), ct);
        var reply = new ChangesPage { Next = ChangeFeedCursor.Feed(page.CursorAt(page.Next)), HasMore = page.HasMore };
        reply.Changes.AddRange(page.Changes.Select(c => ToMessage(c, page)));
        return reply;
    }

    /// <summary>
    /// Streams every change after the cursor, then polls for new ones until the caller cancels or
    /// <see cref="ChangeFeedOptions.MaxFollowDuration"/> has passed (then it ends with OK, and the follower resumes from the
    /// last position it received); at most <see cref="ChangeFeedOptions.MaxFollowersPerCaller"/> streams per caller at once.
    /// </summary>
    public static async Task FollowAsync(
        ChangeFeedReader reader, ChangeFeedOptions options, FollowChangesRequest request, IServerStreamWriter<ChangeEntry> stream, ServerCallContext context)
    {
        var after = ChangeFeedCursor.ParseFeed(request.After, "after");
        var http = context.GetHttpContext();
        using var slot = http.RequestServices.GetRequiredService<ChangeFeedFollowers>().Enter(CallerIdentity.From(http.User).Subject);
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        lifetime.CancelAfter(options.MaxFollowDuration);
        var ct = lifetime.Token;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var page = await reader.ReadAsync(after, ChangeFeedReader.MaxLimit, ct);
                foreach (var change in page.Changes)
                {
                    await stream.WriteAsync(ToMessage(change, page), ct);
                }

                after = page.CursorAt(page.Next);
                if (!page.HasMore)
                {
                    await Task.Delay(options.FollowPollInterval, ct);
                }
            }
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            // The stream's lifetime is over, not the call: end it normally.
        }
    }

    private static ChangeEntry ToMessage(PositionedChange change, ChangePage page)
    {
        var e = change.Entry;
        return new ChangeEntry
        {
            Position = ChangeFeedCursor.Feed(page.CursorAt(change.Position)),
            RecordType = e.RecordType,
            RecordId = e.RecordId.ToString(),
            Region = e.Region,
            Kind = e.Kind.ToString(),
            Version = e.Version,
            ContentHash = e.ContentHash,
            ContentJson = e.Content ?? "",
            Actor = e.Actor,
            OccurredAt = Timestamp.FromDateTime(e.OccurredAt),
        };
    }
}
