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
        var baseline = Row.From($"raw ADO.NET INSERT of {items:N0} Problems rows, in process", "items/s",
            await Repeat.TimesAsync(context.Scale.Repetitions, run => RawProblemInsert.RunAsync(lists, $"RAW{run}", items)), baseline: true);
        using var client = Clients.Rest(context.System.Lists, TestTokens.Member(DemoOrgans.Yulin));
        var row = Row.From($"POST /api/v1/problems/batch, {items:N0} new problems", "items/s", await Repeat.TimesAsync(context.Scale.Repetitions, async run =>
        {
            var body = Bodies.Problems($"BATCH{run}", items);
            var clock = Stopwatch.StartNew();
            var (_, created) = await ProblemBatch.SubmitAsync(client, body);
            return LoopSample.Whole(created, clock.Elapsed);
        }));
        return
        [
            baseline,
            row.With(
                Target.AtLeast("≥10,000 items/s", row.Rate.Median, 10_000),
                Target.AtLeast("≥25 % of baseline", 100 * row.Rate.Median / baseline.Rate.Median, 25)),
        ];
    }
}
