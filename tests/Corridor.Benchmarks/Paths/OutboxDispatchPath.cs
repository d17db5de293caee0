using System.Globalization;
using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// Sustained outbox dispatch: a batch leaves N ProblemRaised rows in Lists' outbox at once; the rate is N over the time
/// between the first and the last row's DispatchedAt (the service's own clock, read from its file). Baseline: the same
/// number of MassTransit publishes with confirms from this process to the same broker, 100 in flight.
/// </summary>
public sealed class OutboxDispatchPath : IBenchPath
{
    private const int InFlight = 100;

    public string Name => "outbox";

    public string Title => "outbox dispatch, sustained (baseline: MassTransit publish with confirms, 100 in flight, same broker)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        var scale = context.Scale;
        await using (var bus = await BaselineBus.StartAsync(context.VirtualHost))
        {
            var published = 0L;
            var baselineSamples = await Repeat.TimesAsync(scale.Repetitions, async _ =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                for (var sent = 0; sent < scale.BaselineMessages; sent += InFlight)
                {
                    await Task.WhenAll(Enumerable.Range(0, Math.Min(InFlight, scale.BaselineMessages - sent)).Select(_ => bus.PublishAsync()));
                }

                var elapsed = clock.Elapsed;
                published += scale.BaselineMessages;
                await bus.ConsumedAsync(published);
                return LoopSample.Whole(scale.BaselineMessages, elapsed);
            });
            var baseline = Row.From("MassTransit Publish with confirms, in process", "events/s", baselineSamples, baseline: true);
            var row = Row.From("Lists outbox → RabbitMQ (ProblemRaised)", "events/s", await Repeat.TimesAsync(scale.Repetitions, run => DispatchAsync(context, run)));
            return
            [
                baseline,
                row.With(
                    Target.AtLeast("≥3,000 events/s", row.Rate.Median, 3_000),
                    Target.AtLeast("≥50 % of baseline", 100 * row.Rate.Median / baseline.Rate.Median, 50)),
            ];
        }
    }

    private static async Task<LoopSample> DispatchAsync(BenchContext context, int run)
    {
        var lists = context.System.Lists;
        await WaitForEmptyOutboxAsync(lists);
        var after = await ServiceFile.ScalarAsync(lists, "SELECT COALESCE(MAX(Sequence), 0) FROM OutboxMessages");
        using var client = Clients.Rest(lists, TestTokens.Member(DemoOrgans.Yulin));
        await ProblemBatch.SubmitAsync(client, Bodies.Problems($"OUTBOX{run}", context.Scale.OutboxRows));
        await WaitForEmptyOutboxAsync(lists);
        var times = await ServiceFile.RowsAsync(lists, $"SELECT DispatchedAt FROM OutboxMessages WHERE Sequence > {after}", r => r.GetDateTime(0));
        return LoopSample.Whole(times.Count, times.Max() - times.Min());
    }

    private static Task WaitForEmptyOutboxAsync(Corridor.Testing.Processes.ServiceProcess lists) =>
        Eventually.TrueAsync(
            async () => await ServiceFile.ScalarAsync(lists, "SELECT COUNT(*) FROM OutboxMessages WHERE DispatchedAt IS NULL AND QuarantinedAt IS NULL") == 0,
            TimeSpan.FromMinutes(3),
            string.Create(CultureInfo.InvariantCulture, $"Lists' outbox drains (log: {lists.LogPath})"));
}
