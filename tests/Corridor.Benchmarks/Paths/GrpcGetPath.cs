using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Grpc.Health.V1;
using Grpc.Net.Client;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;
using ProblemsClient = Corridor.Contracts.Lists.V1.Problems.ProblemsClient;
using ProjectsClient = Corridor.Contracts.Lists.V1.Projects.ProjectsClient;
using TeamsClient = Corridor.Contracts.Teams.V1.Teams.TeamsClient;

namespace Corridor.Benchmarks.Paths;

/// <summary>gRPC GetX by id through the generated clients, 16 concurrent calls; baseline: grpc.health.v1.Health/Check on the same port.</summary>
public sealed class GrpcGetPath : IBenchPath
{
    private const int Concurrency = 16;

    public string Name => "grpc-get";

    public string Title => $"gRPC GetX by id, {Concurrency} concurrent (baseline: grpc.health.v1.Health/Check on the same port)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        var seeds = await context.SeedsAsync();
        var system = context.System;
        var qinzhou = GrpcChannels.Bearer(TestTokens.Member(DemoOrgans.Qinzhou));
        var yulin = GrpcChannels.Bearer(TestTokens.Member(DemoOrgans.Yulin));
        var rows = new List<Row>();
        foreach (var (service, calls) in new (ServiceProcess, (string Kind, Func<GrpcChannel, Func<int, long, Task>> Call)[])[]
        {
            (system.Lists,
            [
                ("problem", channel => (w, n) => new ProblemsClient(channel).GetProblemAsync(new() { ProblemId = Pick(seeds.Problems, w, n) }, qinzhou).ResponseAsync),
                ("project", channel => (w, n) => new ProjectsClient(channel).GetProjectAsync(new() { ProjectId = Pick(seeds.Projects, w, n) }, qinzhou).ResponseAsync),
            ]),
            (system.Agreements, [("agreement", channel => (w, n) => new AgreementsClient(channel).GetAgreementAsync(new() { AgreementId = Pick(seeds.Agreements, w, n) }, yulin).ResponseAsync)]),
            (system.Teams, [("team", channel => (w, n) => new TeamsClient(channel).GetTeamAsync(new() { TeamId = Pick(seeds.Teams, w, n) }, qinzhou).ResponseAsync)]),
        })
        {
            using var channel = GrpcChannels.For(service);
            var health = new Health.HealthClient(channel);
            var baseline = Row.From($"{service.Name} Health/Check", "calls/s", await MeasureAsync(context, (_, _) => health.CheckAsync(new HealthCheckRequest()).ResponseAsync), baseline: true);
            rows.Add(baseline);
            foreach (var (kind, call) in calls)
            {
                var row = Row.From($"{service.Name} Get{char.ToUpperInvariant(kind[0])}{kind[1..]}", "calls/s", await MeasureAsync(context, call(channel)));
                rows.Add(row.With(
                    Target.AtLeast("≥15,000 calls/s", row.Rate.Median, 15_000),
                    Target.AtMost("p99 ≤10 ms", row.P99Ms ?? double.NaN, 10),
                    Target.AtLeast("≥30 % of baseline", 100 * row.Rate.Median / baseline.Rate.Median, 30)));
            }
        }

        return rows;
    }

    private static string Pick(IReadOnlyList<Guid> ids, int worker, long n) => ids[(int)((worker * 7919L + n) % ids.Count)].ToString();

    private static Task<List<LoopSample>> MeasureAsync(BenchContext context, Func<int, long, Task> call) =>
        Repeat.RunAsync(context.Scale, duration => ClosedLoop.RunAsync(Concurrency, duration, call));
}
