using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.Testing;
using Corridor.Testing.Processes;

namespace Corridor.Benchmarks.Paths;

/// <summary>REST GET by id of a problem, a project, an agreement and a team, 32 connections; baseline: /health/live of the same service.</summary>
public sealed class RestGetPath : IBenchPath
{
    private const int Connections = 32;

    public string Name => "rest-get";

    public string Title => $"REST GET by id, {Connections} connections (baseline: GET /health/live of the same service)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        var seeds = await context.SeedsAsync();
        var system = context.System;
        var rows = new List<Row>();
        foreach (var (service, token, reads) in new (ServiceProcess, string, (string Kind, string Path, IReadOnlyList<Guid> Ids)[])[]
        {
            (system.Lists, TestTokens.Member(DemoOrgans.Qinzhou), [("problem", "/api/v1/problems/", seeds.Problems), ("project", "/api/v1/projects/", seeds.Projects)]),
            (system.Agreements, TestTokens.Member(DemoOrgans.Yulin), [("agreement", "/api/v1/agreements/", seeds.Agreements)]),
            (system.Teams, TestTokens.Member(DemoOrgans.Qinzhou), [("team", "/api/v1/teams/", seeds.Teams)]),
        })
        {
            using var client = Clients.Rest(service, token, Connections);
            var baseline = Row.From($"{service.Name} GET /health/live", "req/s", await MeasureAsync(context, client, (_, _) => "/health/live"), baseline: true);
            rows.Add(baseline);
            foreach (var (kind, path, ids) in reads)
            {
                var samples = await MeasureAsync(context, client, (worker, n) => path + ids[(int)((worker * 7919L + n) % ids.Count)]);
                var row = Row.From($"{service.Name} GET {kind} by id", "req/s", samples);
                rows.Add(row.With(
                    Target.AtLeast("≥10,000 req/s", row.Rate.Median, 10_000),
                    Target.AtMost("p99 ≤10 ms", row.P99Ms ?? double.NaN, 10),
                    Target.AtLeast("≥25 % of baseline", 100 * row.Rate.Median / baseline.Rate.Median, 25)));
            }
        }

        return rows;
    }

    private static Task<List<LoopSample>> MeasureAsync(BenchContext context, HttpClient client, Func<int, long, string> path) =>
        Repeat.RunAsync(context.Scale, duration => ClosedLoop.RunAsync(Connections, duration, (worker, n) => client.GetOkAsync(path(worker, n))));
}
