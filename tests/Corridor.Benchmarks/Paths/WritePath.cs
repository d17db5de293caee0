using System.Net;
using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Problems;
using Corridor.Testing;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// POST /api/v1/problems (validation, the aggregate, its outbox row and journal entry, one transaction), one client at a
/// time and 16 concurrent; baseline: EF SaveChanges of the same problem (with its outbox row) in process, same concurrency.
/// </summary>
public sealed class WritePath : IBenchPath
{
    private static readonly CallerIdentity Caller = new("bench", DemoOrgans.Yulin.RegionCode, DemoOrgans.Yulin.Id, [CorridorRoles.Member]);

    public string Name => "write";

    public string Title => "single create: POST /api/v1/problems (baseline: EF SaveChanges of the same problem + its outbox row, in process)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        using var lists = await InProcessLists.CreateAsync();
        using var client = Clients.Rest(context.System.Lists, TestTokens.Member(DemoOrgans.Yulin));
        var rows = new List<Row>();
        foreach (var concurrency in new[] { 1, 16 })
        {
            var baseline = Row.From($"EF SaveChanges in process, {concurrency} at a time", "writes/s", await Repeat.RunAsync(context.Scale, duration =>
                ClosedLoop.RunAsync(concurrency, duration, (_, _) => SaveAsync(lists))), baseline: true);
            var row = Row.From($"POST /api/v1/problems, {concurrency} at a time", "writes/s", await Repeat.RunAsync(context.Scale, duration =>
                ClosedLoop.RunAsync(concurrency, duration, (worker, n) => client.PostOkAsync("/api/v1/problems", Body(), HttpStatusCode.Created))));
            rows.Add(baseline);
            rows.Add(concurrency == 1 ? row : row.With(
                Target.AtLeast("≥2,000 writes/s", row.Rate.Median, 2_000),
                Target.AtLeast("≥50 % of baseline", 100 * row.Rate.Median / baseline.Rate.Median, 50)));
        }

        return rows;
    }

    private static Dictionary<string, object?> Body()
    {
        var body = Bodies.Problem("W", 0);
        body.Remove("externalReference");
        return body;
    }

    private static async Task SaveAsync(InProcessLists lists)
    {
        await using var db = lists.Open();
        db.Problems.Add(Problem.Raise(Caller, "基准问题 W 0", "旺季班列舱位紧张，企业货物滞港，需协调增开班列并优化通关流程",
            ProblemCategory.Logistics, ProblemSeverity.High, Bodies.EnterpriseCode, null, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }
}
