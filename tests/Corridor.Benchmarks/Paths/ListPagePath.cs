using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Benchmarks.Runner;
using Corridor.Benchmarks.Seeding;
using Corridor.Testing;

namespace Corridor.Benchmarks.Paths;

/// <summary>A list page of 100 problems filtered by category and severity (one seeded problem in eight matches), 16 connections.</summary>
public sealed class ListPagePath : IBenchPath
{
    private const int Connections = 16;
    private const string Page = "/api/v1/problems?category=Logistics&severity=High&limit=100";

    public string Name => "list-page";

    public string Title => $"REST list page of 100 problems filtered by category and severity, {Connections} connections (no baseline)";

    public async Task<IReadOnlyList<Row>> RunAsync(BenchContext context)
    {
        await context.SeedsAsync();
        using var client = Clients.Rest(context.System.Lists, TestTokens.Member(DemoOrgans.Qinzhou), Connections);
        var size = await PageSizeAsync(client);
        var samples = await Repeat.RunAsync(context.Scale, duration => ClosedLoop.RunAsync(Connections, duration, (_, _) => client.GetOkAsync(Page)));
        var row = Row.From($"lists GET {Page} ({size} items a page)", "pages/s", samples);
        return [row.With(Target.AtLeast("≥2,000 pages/s", row.Rate.Median, 2_000))];
    }

    // The page must really hold the records it claims to measure (the smoke run's seed fills less than 100).
    private static async Task<int> PageSizeAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(Page);
        var size = page.GetProperty("items").GetArrayLength();
        return size > 0 ? size : throw new InvalidOperationException($"{Page} returned no problems: the seed did not reach the filter");
    }
}
