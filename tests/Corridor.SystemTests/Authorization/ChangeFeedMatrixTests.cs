using System.Net.Http.Headers;
using System.Text.Json;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Contracts.Changes.V1;
using Corridor.Contracts.Teams.V1;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.SystemTests.Authorization;

/// <summary>
/// What the change feeds show each caller, on every path (REST page and state, gRPC ReadChanges and FollowChanges):
/// a team's roster only to those TeamVisibility lets see it over REST and gRPC (the owning region, coordinators, the
/// secretariat); everyone else gets the team entry without its roster, its hash that of the content served, so that a
/// mirror still verifies against the state listing.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ChangeFeedMatrixTests(SharedRabbitMq rabbitMq, MatrixSystem matrix) : IClassFixture<MatrixSystem>
{
    private const string PersonName = "王强";

    [SkippableFact]
    public async Task The_teams_feed_shows_a_roster_exactly_to_the_callers_who_may_read_it_over_REST_and_gRPC()
    {
        var system = await matrix.GetAsync(rabbitMq);
        var team = await new TeamsMatrix(system, new ListsMatrix(system)).TeamAsync(2);
        var wrong = new List<string>();
        foreach (var caller in ReadMatrixTests.Callers)
        {
            var token = MatrixTokens.For(caller, "teams");
            var seesRoster = MatrixCaller.RosterReaders.HasFlag(caller);
            var paths = new Dictionary<string, IReadOnlyList<FeedEntry>>
            {
                ["REST changes"] = await RestChangesAsync(system.Teams.RestAddress, token, team.Id),
                ["gRPC ReadChanges"] = await GrpcReadAsync(system.Teams.GrpcAddress, token, team.Id),
                ["gRPC FollowChanges"] = await GrpcFollowAsync(system.Teams.GrpcAddress, token, team.Id, team.Version),
            };
            foreach (var (path, entries) in paths)
            {
                if (entries.Count == 0 || entries[^1].Version != team.Version)
                {
                    wrong.Add($"{caller} {path}: the team's entries up to version {team.Version} are missing ({entries.Count} read)");
                    continue;
                }

                var latest = entries[^1];
                if (seesRoster != latest.Content.Contains(PersonName, StringComparison.Ordinal))
                {
                    wrong.Add($"{caller} {path}: {(seesRoster ? "expected the roster" : "expected no roster")}, got {latest.Content}");
                }

                wrong.AddRange(entries.Where(e => !seesRoster && e.Content.Contains(PersonName, StringComparison.Ordinal))
                    .Select(e => $"{caller} {path}: version {e.Version} shows the roster"));
                wrong.AddRange(entries.Where(e => e.Hash != ChangeContent.Hash(e.Content))
                    .Select(e => $"{caller} {path}: version {e.Version}'s hash is not that of the content served"));
            }

            var state = await RestStateHashAsync(system.Teams.RestAddress, token, team.Id);
            if (paths["REST changes"] is [.., var last] && state != last.Hash)
            {
                wrong.Add($"{caller} REST state: hash {state} differs from the latest entry's {last.Hash}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private sealed record FeedEntry(long Version, string Content, string Hash);

    private static async Task<IReadOnlyList<FeedEntry>> RestChangesAsync(Uri address, string token, Guid teamId)
    {
        using var http = Client(address, token);
        var entries = new List<FeedEntry>();
        string? after = null;
        bool more;
        do
        {
            var page = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/teams/changes?limit=1000{(after is null ? "" : "&after=" + after)}")).RootElement;
            entries.AddRange(page.GetProperty("changes").EnumerateArray()
                .Where(c => c.GetProperty("recordId").GetGuid() == teamId)
                .Select(c => new FeedEntry(c.GetProperty("version").GetInt64(), c.GetProperty("content").GetRawText(), c.GetProperty("contentHash").GetString()!)));
            after = page.GetProperty("next").GetString();
            more = page.GetProperty("hasMore").GetBoolean();
        }
        while (more);
        return entries;
    }

    private static async Task<string?> RestStateHashAsync(Uri address, string token, Guid teamId)
    {
        using var http = Client(address, token);
        string? after = null;
        do
        {
            var page = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/teams/changes/state?limit=1000{(after is null ? "" : "&after=" + after)}")).RootElement;
            foreach (var record in page.GetProperty("records").EnumerateArray().Where(r => r.GetProperty("recordId").GetGuid() == teamId))
            {
                return record.GetProperty("contentHash").GetString();
            }

            after = page.GetProperty("next").GetString();
        }
        while (after is not null);
        return null;
    }

    private static async Task<IReadOnlyList<FeedEntry>> GrpcReadAsync(Uri address, string token, Guid teamId)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var client = new TeamsChanges.TeamsChangesClient(channel);
        var entries = new List<FeedEntry>();
        var request = new ReadChangesRequest { Limit = 1000 };
        ChangesPage page;
        do
        {
            page = await client.ReadChangesAsync(request, Headers(token), DateTime.UtcNow.AddSeconds(30));
            entries.AddRange(page.Changes.Where(c => c.RecordId == teamId.ToString()).Select(c => new FeedEntry(c.Version, c.ContentJson, c.ContentHash)));
            request.After = page.Next;
        }
        while (page.HasMore);
        return entries;
    }

    // Follows from the start until the team's current version has come (bounded by the deadline), then stops.
    private static async Task<IReadOnlyList<FeedEntry>> GrpcFollowAsync(Uri address, string token, Guid teamId, long version)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var client = new TeamsChanges.TeamsChangesClient(channel);
        var entries = new List<FeedEntry>();
        using var cancel = new CancellationTokenSource();
        using var stream = client.FollowChanges(new FollowChangesRequest(), Headers(token), DateTime.UtcNow.AddSeconds(30), cancel.Token);
        while (await stream.ResponseStream.MoveNext(cancel.Token))
        {
            var change = stream.ResponseStream.Current;
            if (change.RecordId == teamId.ToString())
            {
                entries.Add(new FeedEntry(change.Version, change.ContentJson, change.ContentHash));
                if (change.Version >= version)
                {
                    break;
                }
            }
        }

        await cancel.CancelAsync();
        return entries;
    }

    private static HttpClient Client(Uri address, string token)
    {
        var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static Metadata Headers(string token) => new() { { "Authorization", "Bearer " + token } };
}
