using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Benchmarks;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Resources;
using Corridor.Testing;
using Corridor.TestKit;

if (args is ["load", ..])
{
    return await Corridor.Benchmarks.Load.LoadRun.RunAsync(args);
}

// The 10,000-item resource batch against a real in-process Lists host: SQLite file, RabbitMQ from
// CORRIDOR_RABBITMQ_URI (or a private node / container, as the TestKit finds one).
const int Items = 10_000;
const int OneByOneSample = 1_000;

// Run from anywhere: WebApplicationFactory otherwise looks for the Lists content root next to the working directory.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(repository.FullName, "Corridor.sln")))
{
    repository = repository.Parent ?? throw new InvalidOperationException("The benchmark must run from its build output inside the repository.");
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CORRIDOR_LISTS", Path.Combine(repository.FullName, "services", "Lists"));

await using var broker = await RabbitMqBroker.AcquireAsync();
var vhost = await broker.CreateVirtualHostAsync();
await using var host = new ServiceHost<ListsServiceMarker>("lists-bench", vhost, new Dictionary<string, string?>
{
    ["Services:Agreements:Grpc"] = $"http://127.0.0.1:{FreePorts.Next()}",
});
await host.StartAsync();
using var client = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
client.Timeout = TimeSpan.FromMinutes(10);
Console.WriteLine($"Lists host on {host.RestAddress}, broker: {broker.Description}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

await SubmitAsync(BatchItems.Resources("WARM", 200));

var items = BatchItems.Resources("BENCH", Items);
var first = await MeasureAsync("batch, first submission (all created)", () => SubmitAsync(items));
var again = await MeasureAsync("batch, resubmission (all unchanged)", () => SubmitAsync(items));
var oneByOne = await MeasureAsync($"upsert endpoint one by one, first {OneByOneSample} items", async () =>
{
    foreach (var item in BatchItems.Resources("SINGLE", OneByOneSample))
    {
        using var response = await client.PutAsJsonAsync($"/api/v1/resources/by-ref/{item["externalReference"]}", item);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Upsert answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    return "";
}, scale: Items / OneByOneSample);
var raw = await MeasureAsync("raw EF AddRange + one SaveChanges (with outbox rows)", () => host.QueryAsync<ListsDbContext, string>(async db =>
{
    var caller = new CallerIdentity("bench", DemoOrgans.Qinzhou.RegionCode, DemoOrgans.Qinzhou.Id, [CorridorRoles.Member]);
    var now = DateTime.UtcNow;
    db.Resources.AddRange(BatchItems.Resources("RAW", Items).Select(i => Resource.Offer(
        new ResourceInput((string)i["title"]!, (string)i["description"]!, ResourceCategory.LogisticsCapacity, (decimal)i["capacity"]!, (string)i["unit"]!,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), (string)i["externalReference"]!), caller, now)));
    await db.SaveChangesAsync();
    return "";
}));

Console.WriteLine();
Console.WriteLine($"| {Items:N0} resources | time | items/s | peak managed heap |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var figure in new[] { first, again, oneByOne, raw })
{
    Console.WriteLine($"| {figure.Name} | {figure.Elapsed.TotalSeconds:F2} s | {Items / figure.Elapsed.TotalSeconds:N0} | {figure.PeakBytes / (1024 * 1024):N0} MiB |");
}

return 0;

async Task<string> SubmitAsync(List<Dictionary<string, object?>> batch)
{
    using var response = await client.PostJsonAsync("/api/v1/resources/batch", new { items = batch });
    var body = await response.Content.ReadAsStringAsync();
    if (response.StatusCode != HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"Batch answered {(int)response.StatusCode}: {body}");
    }

    var result = JsonDocument.Parse(body).RootElement;
    return $"created {result.GetProperty("created")}, updated {result.GetProperty("updated")}, unchanged {result.GetProperty("unchanged")}, rejected {result.GetProperty("rejected")}";
}

static async Task<(string Name, TimeSpan Elapsed, long PeakBytes)> MeasureAsync(string name, Func<Task<string>> run, int scale = 1)
{
    await using var memory = PeakMemory.Start();
    var watch = Stopwatch.StartNew();
    var outcome = await run();
    var elapsed = watch.Elapsed * scale;
    var label = scale == 1 ? name : $"{name}, x{scale} extrapolated";
    Console.WriteLine($"{label}: {elapsed.TotalSeconds:F2} s {outcome}");
    return (label, elapsed, memory.PeakBytes);
}
