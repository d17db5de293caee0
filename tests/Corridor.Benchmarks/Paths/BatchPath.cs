using System.Diagnostics;
using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.Testing;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// POST /api/v1/problems/batch with N new problems (validation, the aggregates, N outbox rows and N journal entries, one
/// transaction), each repetition with fresh external references; baseline: <see cref="RawProblemInsert"/> of N rows.
/// </summary>
public sealed class BatchPath : IBenchPath
{
    public string Name => "batch";

    public string Title => "batch of problems through the batch endpoint (baseline: raw ADO.NET insert of the same rows into SQLite, one transaction)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        var items = context.Scale.BatchItems;
        using var lists = await InProcessLists.CreateAsync();
        var template = await RawProblemInsert.TemplateAsync(lists);
        var baseline = Row.From($"raw ADO.NET INSERT of {items:N0} Problems rows, in process", "items/s",
            await Repeat.TimesAsync(context.Scale.Repetitions, run => RawProblemInsert.InsertAsync(lists, template, items, RawProblemInsert.Distinct($"RAW{run}"))), baseline: true);
        var row = Row.From($"POST /api/v1/problems/batch, {items:N0} new problems", "items/s",
            await Repeat.TimesAsync(context.Scale.Repetitions, run => SubmitAsync(context, $"BATCH{run}", items)));
        return
        [
            baseline,
            row.With(
                Target.AtLeast("≥10,000 items/s", row.Rate.Median, 10_000),
                Target.AtLeast("≥25 % of baseline", 100 * row.Rate.Median / baseline.Rate.Median, 25)),
        ];
    }

    /// <summary>
    /// One timed batch, after Lists' outbox is empty; then (untimed) until its rows are published, recorded in the context
    /// for <see cref="OutboxDispatchPath"/>: the batch leaves N rows at once, the sustained-dispatch case.
    /// </summary>
    public static async Task<LoopSample> SubmitAsync(BenchContext context, string prefix, int items)
    {
        var lists = context.System.Lists;
        using var client = Clients.Rest(lists, TestTokens.Member(DemoOrgans.Yulin));
        await OutboxDrain.WaitUntilEmptyAsync(lists);
        var after = await OutboxDrain.LastSequenceAsync(lists);
        var body = Bodies.Problems(prefix, items);
        var clock = Stopwatch.StartNew();
        var (_, created) = await ProblemBatch.SubmitAsync(client, body);
        var sample = LoopSample.Whole(created, clock.Elapsed);
        await OutboxDrain.WaitUntilEmptyAsync(lists);
        context.DispatchRuns.Add(await OutboxDrain.DispatchRateAsync(lists, after));
        return sample;
    }
}
