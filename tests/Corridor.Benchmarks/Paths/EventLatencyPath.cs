using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// Event latency: the last approval of a project commits ProjectApproved in Lists, at a fixed rate (open loop); the latency
/// of each is Teams' inbox row's ReceivedAt (written in the transaction that applies it) minus the outbox row's OccurredAt
/// (stamped just before Lists' commit), both from the services' files, matched by message id. Baseline: MassTransit
/// publish → consume in this process at the same rate on the same broker.
/// </summary>
public sealed class EventLatencyPath : IBenchPath
{
    private const string TeamsConsumer = "Corridor.Teams.Projects.ProjectApprovedConsumer";

    public string Name => "event-latency";

    public string Title => "event latency, commit in Lists → effect committed in Teams (baseline: MassTransit publish → consume round trip, same rate)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        var scale = context.Scale;
        var pending = new PendingApprovals(context.System.Lists);
        var prepared = await pending.PrepareAsync(scale.LatencyEvents * scale.Repetitions + 1);
        Console.WriteLine($"  {prepared.Count} projects await their last approval");
        // One approval end to end first, untimed: the measured events should not pay for the path's first use (JIT, query
        // compilation, channels), which the load run's cold start measures.
        await WarmUpAsync(context, pending, prepared[0]);
        var projects = prepared.Skip(1).ToList();

        List<LoopSample> baselineSamples;
        await using (var bus = await BaselineBus.StartAsync(context.VirtualHost))
        {
            var published = 0L;
            baselineSamples = await Repeat.TimesAsync(scale.Repetitions, async _ =>
            {
                var sending = await OpenLoop.RunAsync(scale.LatencyEvents, scale.LatencyRate, _ => bus.PublishAsync());
                published += scale.LatencyEvents;
                return LoopSample.From(await bus.ConsumedAsync(published), sending);
            });
        }

        var samples = await Repeat.TimesAsync(scale.Repetitions, async run =>
        {
            var batch = projects.Skip(run * scale.LatencyEvents).Take(scale.LatencyEvents).ToList();
            // A backlog in front of the events would be measured as their latency.
            await OutboxDrain.WaitUntilEmptyAsync(context.System.Lists);
            var after = await OutboxDrain.LastSequenceAsync(context.System.Lists);
            var sending = await OpenLoop.RunAsync(batch.Count, scale.LatencyRate, n => pending.ApproveAsync(batch[n]));
            return LoopSample.From(await LatenciesAsync(context, after, batch.Count), sending);
        });
        var baseline = Row.From($"MassTransit publish → consume, in process, {scale.LatencyRate}/s", "events/s", baselineSamples, baseline: true);
        var row = Row.From($"ProjectApproved: Lists commit → Teams applied, {scale.LatencyRate}/s", "events/s", samples);
        return [baseline, row.With(Target.AtMost("p50 ≤15 ms", row.P50Ms ?? double.NaN, 15), Target.AtMost("p99 ≤60 ms", row.P99Ms ?? double.NaN, 60))];
    }

    private static async Task WarmUpAsync(BenchContext context, PendingApprovals pending, Guid project)
    {
        await OutboxDrain.WaitUntilEmptyAsync(context.System.Lists);
        var after = await OutboxDrain.LastSequenceAsync(context.System.Lists);
        await pending.ApproveAsync(project);
        await LatenciesAsync(context, after, 1);
    }

    private static async Task<List<double>> LatenciesAsync(BenchContext context, long afterSequence, int count)
    {
        var lists = context.System.Lists;
        var teams = context.System.Teams;
        var committed = await ServiceFile.RowsAsync(lists,
            $"SELECT upper(MessageId), OccurredAt FROM OutboxMessages WHERE Sequence > {afterSequence} AND MessageType LIKE '%.ProjectApproved'",
            r => (Id: r.GetString(0), At: r.GetDateTime(1)));
        if (committed.Count != count)
        {
            throw new InvalidOperationException($"{count} approvals wrote {committed.Count} ProjectApproved rows");
        }

        var ids = string.Join(",", committed.Select(c => $"'{c.Id}'"));
        var applied = new Dictionary<string, DateTime>();
        await Eventually.TrueAsync(
            async () =>
            {
                foreach (var (id, at) in await ServiceFile.RowsAsync(teams,
                    $"SELECT upper(MessageId), ReceivedAt FROM InboxRecords WHERE Consumer = '{TeamsConsumer}' AND upper(MessageId) IN ({ids})",
                    r => (r.GetString(0), r.GetDateTime(1))))
                {
                    applied[id] = at;
                }

                return applied.Count == count;
            },
            TimeSpan.FromMinutes(2),
            $"Teams applies all {count} ProjectApproved (log: {teams.LogPath})");
        return committed.Select(c => (applied[c.Id] - c.At).TotalMilliseconds).ToList();
    }
}
