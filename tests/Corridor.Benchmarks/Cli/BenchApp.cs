using Corridor.Benchmarks.Paths;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary>The benchmark's command line: <c>all</c>, <c>smoke</c>, one command per path, <c>load</c>, <c>mirror</c>.</summary>
public static class BenchApp
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("Corridor.Benchmarks");
            config.Settings.StrictParsing = true;
            config.PropagateExceptions();
            config.AddCommand<AllCommand>("all").WithDescription("Every path against the three services as processes (under 10 minutes on 2 cores); writes bench/results/latest.json.");
            config.AddCommand<SmokeCommand>("smoke").WithDescription("Every path with tiny counts: proves the benchmark works (CI), asserts no speed.");
            Path<RestGetPath>(config, "REST GET by id, 32 connections, vs /health/live.");
            Path<GrpcGetPath>(config, "gRPC GetX by id, 16 concurrent, vs Health/Check.");
            Path<ListPagePath>(config, "A filtered list page of 100 problems.");
            Path<WritePath>(config, "POST a problem, 1 and 16 at a time, vs EF SaveChanges in process.");
            Path<BatchPath>(config, "A batch of 10,000 problems vs raw ADO.NET inserts.");
            Path<OutboxDispatchPath>(config, "Outbox dispatch rate vs MassTransit publish with confirms.");
            Path<EventLatencyPath>(config, "Lists commit → Teams applied latency at 500/s vs MassTransit round trip.");
            Path<ChangeFeedPath>(config, "Change feed over gRPC vs reading the journal table.");
            config.AddCommand<GrowthCommand>("growth").WithDescription("Problem query p99 with 1,000,000 problems stored vs 10,000 (seeds offline; minutes, not in all).");
            config.AddCommand<LoadCommand>("load").WithDescription("The issue-15 open-loop mixed load run: load [[rate=200]] [[seconds=60]] [[--warm-up 10]].");
            config.AddCommand<MirrorCommand>("mirror").WithDescription("corridor-sync pull --follow under concurrent random writes, SIGKILLed and resumed twice; verify and mirror lag: mirror [[writes=100000]] [[writers=8]].");
        });
        return app;
    }

    private static void Path<TPath>(IConfigurator config, string description)
        where TPath : IBenchPath, new() =>
        config.AddCommand<PathCommand<TPath>>(new TPath().Name).WithDescription(description);
}
