using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.BuildingBlocks.ChangeFeed;

public static class ChangeFeedEndpoints
{
    /// <summary>GET /api/v1/{feed}/changes and /api/v1/{feed}/changes/state.</summary>
    public static IEndpointRouteBuilder MapChangeFeed(this IEndpointRouteBuilder app)
    {
        var registry = app.ServiceProvider.GetRequiredService<ChangeFeedRegistry>();
        var feed = app.MapGroup($"/api/v1/{registry.FeedName}/changes").WithTags("Change feed");
        feed.MapGet("/", ReadAsync).Produces<ChangesResponse>()
            .WithSummary("Every change of every record in commit order, after the cursor (from the start when omitted). 410 when the cursor has expired: read again from the start.")
            .ProducesProblem(StatusCodes.Status410Gone);
        feed.MapGet("/state", StateAsync).Produces<RecordStatesResponse>()
            .WithSummary("The records as they are now (type, id, region, version, content hash), to verify a mirror.");
        return app;
    }

    private static async Task<IResult> ReadAsync(string? after, int? limit, ChangeFeedReader reader, CancellationToken ct)
    {
        var cursor = ChangeFeedCursor.ParseFeed(after, "after");
        var page = await reader.ReadAsync(cursor, CheckedLimit(limit), ct);
        return TypedResults.Ok(new ChangesResponse(
            page.Changes.Select(c => ChangeResponse.From(c, page)).ToList(), ChangeFeedCursor.Feed(page.CursorAt(page.Next)), page.HasMore));
    }

    private static async Task<IResult> StateAsync(string? after, int? limit, ChangeFeedReader reader, CancellationToken ct)
    {
        var page = await reader.ReadStateAsync(after, CheckedLimit(limit), ct);
        return TypedResults.Ok(new RecordStatesResponse(page.Records, page.Next, page.HasMore));
    }

    internal static int CheckedLimit(int? limit) => limit switch
    {
        null or 0 => ChangeFeedReader.DefaultLimit,
        >= 1 and <= ChangeFeedReader.MaxLimit => limit.Value,
        _ => throw new ValidationException([new ValidationFailure("limit", $"Between 1 and {ChangeFeedReader.MaxLimit}.")]),
    };
}
