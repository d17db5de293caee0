using System.Diagnostics;
using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.Contracts.Changes.V1;
using Corridor.Testing;
using Grpc.Core;
using ListsChangesClient = Corridor.Contracts.Lists.V1.ListsChanges.ListsChangesClient;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// Lists' change feed streamed over gRPC (FollowChanges from the start, i.e. the compacted journal) until every entry
/// the feed holds has arrived; baseline: reading the journal table of the service's file directly, every column.
/// </summary>
public sealed class ChangeFeedPath : IBenchPath
{
    public string Name => "change-feed";

    public string Title => "change feed streamed over gRPC (baseline: reading the ChangeJournal table directly)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        await context.SeedsAsync();
        var lists = context.System.Lists;
        using var channel = GrpcChannels.For(lists);
        var client = new ListsChangesClient(channel);
        var bearer = GrpcChannels.Bearer(TestTokens.Secretariat());
        var expected = await CountAsync(client, bearer);
        var baseline = Row.From("SELECT * FROM ChangeJournal ORDER BY Id, in process", "changes/s", await Repeat.TimesAsync(context.Scale.Repetitions, async _ =>
        {
            var clock = Stopwatch.StartNew();
            var rows = await ServiceFile.RowsAsync(lists,
                "SELECT Id, RecordType, RecordId, Region, Kind, Version, ContentHash, Content, Actor, OccurredAt FROM ChangeJournal ORDER BY Id",
                r => r.IsDBNull(7) ? 0 : r.GetString(7).Length);
            return LoopSample.Whole(rows.Count, clock.Elapsed);
        }), baseline: true);
        var row = Row.From($"ListsChanges/FollowChanges from the start ({expected:N0} entries)", "changes/s", await Repeat.TimesAsync(context.Scale.Repetitions, async _ =>
        {
            var clock = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            using var call = client.FollowChanges(new FollowChangesRequest(), bearer, cancellationToken: stop.Token);
            var received = 0L;
            while (received < expected && await call.ResponseStream.MoveNext(stop.Token))
            {
                received++;
            }

            return LoopSample.Whole(received, clock.Elapsed);
        }));
        return [baseline, row.With(Target.AtLeast("≥50,000 changes/s", row.Rate.Median, 50_000))];
    }

    // What the feed holds now, paged with ReadChanges (not timed): the stream is measured until it delivered this many.
    private static async Task<long> CountAsync(ListsChangesClient client, Metadata bearer)
    {
        var count = 0L;
        var after = "";
        while (true)
        {
            var page = await client.ReadChangesAsync(new ReadChangesRequest { After = after, Limit = 1000 }, bearer);
            count += page.Changes.Count;
            after = page.Next;
            if (!page.HasMore)
            {
                return count;
            }
        }
    }
}
