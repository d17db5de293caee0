using System.Diagnostics;
using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Corridor.TestKit;
using Spectre.Console;

namespace Corridor.Benchmarks.Growth;

/// <summary>
/// <c>growth</c>: Lists alone as a process on a file of <c>small</c> problems, then on one of <c>large</c>; the p99 of a
/// read by id and of a filtered list page, 16 connections. Target: p99 at the large size at most twice the small one's.
/// </summary>
public static class GrowthRun
{
    private const int Connections = 16;
    private const string Page = "/api/v1/problems?category=Logistics&severity=High&limit=100";

    public static async Task<int> RunAsync(BenchScale scale, int small, int large)
    {
        var repository = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Corridor.sln not found above the benchmark");
        var loadAtStart = Machine.LoadAverage();
        var total = Stopwatch.StartNew();
        await using var broker = await RabbitMqBroker.AcquireAsync();
        var virtualHost = await broker.CreateVirtualHostAsync();
        var rows = new List<Row>();
        foreach (var size in new[] { small, large })
        {
            rows.AddRange(await MeasureAsync(scale, virtualHost, size));
        }

        foreach (var kind in new[] { "by id", "list page" })
        {
            var (first, last) = (rows.First(r => r.Name.Contains(kind, StringComparison.Ordinal)), rows.Last(r => r.Name.Contains(kind, StringComparison.Ordinal)));
            var ratio = (last.P99Ms ?? double.NaN) / (first.P99Ms ?? double.NaN);
            last.With(Target.AtMost($"p99 ≤2× the {small:N0}-problem p99", ratio, 2));
        }

        var report = new BenchReport(DateTimeOffset.UtcNow, Machine.Commit(repository), "growth", Environment.ProcessorCount, $".NET {Environment.Version}",
            broker.Description, scale.Repetitions, scale.Duration.TotalSeconds, loadAtStart, Math.Round(total.Elapsed.TotalSeconds),
            [new PathResult("growth", $"problem queries with {large:N0} problems stored vs {small:N0}, {Connections} connections", rows, Machine.LoadAverage(), Math.Round(total.Elapsed.TotalSeconds))]);
        report.Print();
        AnsiConsole.MarkupLine(Markup.Escape($"written to {report.Write(repository, "growth.json")}"));
        return rows.All(r => r.Rate.Min > 0) ? 0 : 1;
    }

    private static async Task<List<Row>> MeasureAsync(BenchScale scale, Uri virtualHost, int size)
    {
        var directory = Directory.CreateTempSubdirectory("corridor-growth-").FullName;
        try
        {
            var (ids, took) = await GrowthSeed.WriteAsync(directory, size);
            AnsiConsole.MarkupLine(Markup.Escape($"{size:N0} problems seeded in {took.TotalSeconds:0.0} s ({size / took.TotalSeconds:N0}/s); {new FileInfo(Path.Combine(directory, "lists.db")).Length / (1024 * 1024):N0} MiB"));
            await using var lists = new ServiceProcess("lists", "Lists.Host", directory, Settings(virtualHost));
            await lists.StartAsync();
            using var client = Clients.Rest(lists, TestTokens.Member(DemoOrgans.Qinzhou), Connections);
            var byId = Row.From($"{size:N0} problems: GET problem by id", "req/s", await Repeat.RunAsync(scale, duration =>
                ClosedLoop.RunAsync(Connections, duration, (worker, n) => client.GetOkAsync($"/api/v1/problems/{ids[(int)((worker * 7919L + n) % ids.Count)]}"))));
            var page = Row.From($"{size:N0} problems: list page {Page}", "pages/s", await Repeat.RunAsync(scale, duration =>
                ClosedLoop.RunAsync(Connections, duration, (_, _) => client.GetOkAsync(Page))));
            return [byId, page];
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Dictionary<string, string> Settings(Uri virtualHost) => new()
    {
        ["RabbitMq__Uri"] = virtualHost.ToString(),
        ["Services__Agreements__Grpc"] = $"http://127.0.0.1:{FreePorts.Next()}",
        ["Auth__DevelopmentSigningKey"] = TestTokens.Options.DevelopmentSigningKey!,
        ["Auth__Issuer"] = TestTokens.Options.Issuer,
        ["Auth__Audience"] = TestTokens.Options.Audience,
    };
}
