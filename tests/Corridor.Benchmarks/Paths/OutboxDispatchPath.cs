using System.Diagnostics;
using Corridor.Benchmarks.Runner;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// Sustained outbox dispatch: each batch of <see cref="BatchPath"/> leaves N ProblemRaised rows in Lists' outbox at once;
/// the rate is N over the span between the first and the last row's DispatchedAt (the service's own clock, read from its
/// file). Run alone, this path submits those batches itself. Baseline: the same number of MassTransit publishes with
/// confirms from this process to the same broker, 100 in flight.
/// </summary>
public sealed class OutboxDispatchPath : IBenchPath
{
    private const int InFlight = 100;

    public string Name => "outbox";

    public string Title => "outbox dispatch, sustained (baseline: MassTransit publish with confirms, 100 in flight, same broker)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        var scale = context.Scale;
        if (context.DispatchRuns.Count == 0)
        {
            await Repeat.TimesAsync(scale.Repetitions, run => BatchPath.SubmitAsync(context, $"OUTBOX{run}", scale.OutboxRows));
        }

        List<LoopSample> baselineSamples;
        await using (var bus = await BaselineBus.StartAsync(context.VirtualHost))
        {
            var published = 0L;
            baselineSamples = await Repeat.TimesAsync(scale.Repetitions, async _ =>
            {
                var clock = Stopwatch.StartNew();
                for (var sent = 0; sent < scale.BaselineMessages; sent += InFlight)
                {
                    await Task.WhenAll(Enumerable.Range(0, Math.Min(InFlight, scale.BaselineMessages - sent)).Select(_ => bus.PublishAsync()));
                }

                var elapsed = clock.Elapsed;
                published += scale.BaselineMessages;
                await bus.ConsumedAsync(published);
                return LoopSample.Whole(scale.BaselineMessages, elapsed);
            });
        }

        var baseline = Row.From("MassTransit Publish with confirms, in process", "events/s", baselineSamples, baseline: true);
        var row = Row.From($"Lists outbox → RabbitMQ, a backlog of {context.DispatchRuns[0].Count:N0} ProblemRaised", "events/s", context.DispatchRuns);
        return
        [
            baseline,
            row.With(
                Target.AtLeast("≥3,000 events/s", row.Rate.Median, 3_000),
                Target.AtLeast("≥50 % of baseline", 100 * row.Rate.Median / baseline.Rate.Median, 50)),
        ];
    }
}
