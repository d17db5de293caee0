using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Benchmarks.Seeding;
using Corridor.Testing;
using Corridor.Testing.Processes;

namespace Corridor.Benchmarks.Load;

/// <summary>The mixed requests of the load run over the three services: writes through the outbox, reads by id, lists and change-feed follows.</summary>
public sealed class LoadRequests(ProcessSystem system)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, List<Guid>> _ids = new();
    private readonly ConcurrentDictionary<string, string> _cursors = new();
    private readonly HttpClient _lists = system.Lists.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
    private readonly HttpClient _teams = system.Teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
    private readonly HttpClient _agreements = system.Agreements.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

    /// <summary>The kind of request number <paramref name="n"/>: 15 % writes, 30 % reads by id, 30 % lists, 25 % change-feed follows.</summary>
    public static string KindOf(long n) => (n % 20) switch
    {
        0 or 1 or 2 => "write",
        >= 3 and <= 8 => "read-by-id",
        >= 9 and <= 14 => "list",
        _ => "change-feed",
    };

    /// <summary>Sends request number <paramref name="n"/>; returns its response (the caller times and disposes it).</summary>
    public Task<HttpResponseMessage> SendAsync(long n) => (n % 20) switch
    {
        0 => CreateAsync("problem", _lists, "/api/v1/problems", ProblemBody(n)),
        1 => CreateAsync("team", _teams, "/api/v1/teams", Bodies.Team(n)),
        2 => CreateAsync("agreement", _agreements, "/api/v1/agreements", Bodies.Agreement(n)),
        3 or 4 => _lists.GetAsync($"/api/v1/problems/{Pick("problem", n)}"),
        5 or 6 => _teams.GetAsync($"/api/v1/teams/{Pick("team", n)}"),
        7 or 8 => _agreements.GetAsync($"/api/v1/agreements/{Pick("agreement", n)}"),
        9 or 10 => _lists.GetAsync("/api/v1/problems?limit=20"),
        11 or 12 => _teams.GetAsync("/api/v1/teams?limit=20"),
        13 or 14 => _agreements.GetAsync("/api/v1/agreements?limit=20"),
        15 or 16 => FollowAsync(_lists, "lists"),
        17 or 18 => FollowAsync(_teams, "teams"),
        _ => FollowAsync(_agreements, "agreements"),
    };

    /// <summary>Creates a few records of each kind, so reads by id have something to read.</summary>
    public async Task SeedAsync(int each)
    {
        for (var n = 0; n < each * 20; n += 20)
        {
            foreach (var offset in new[] { 0, 1, 2 })
            {
                using var response = await SendAsync(n + offset);
                response.EnsureSuccessStatusCode();
            }
        }
    }

    private async Task<HttpResponseMessage> CreateAsync(string kind, HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, Json);
        if (response.IsSuccessStatusCode)
        {
            var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            var ids = _ids.GetOrAdd(kind, _ => []);
            lock (ids)
            {
                ids.Add(created.GetProperty("id").GetGuid());
            }
        }

        return response;
    }

    private Guid Pick(string kind, long n)
    {
        var ids = _ids[kind];
        lock (ids)
        {
            return ids[(int)(n / 20 % ids.Count)];
        }
    }

    // A follower reads the next page after the cursor it last saw, as a mirror would.
    private async Task<HttpResponseMessage> FollowAsync(HttpClient client, string feed)
    {
        var after = _cursors.TryGetValue(feed, out var cursor) ? $"&after={Uri.EscapeDataString(cursor)}" : "";
        var response = await client.GetAsync($"/api/v1/{feed}/changes?limit=100{after}");
        if (response.IsSuccessStatusCode)
        {
            var page = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            _cursors[feed] = page.GetProperty("next").GetString()!;
        }

        return response;
    }

    private static object ProblemBody(long n) => new
    {
        title = $"负载问题 {n}",
        description = "旺季班列舱位紧张，企业货物滞港",
        category = "Logistics",
        severity = "High",
        enterpriseCreditCode = Bodies.EnterpriseCode,
    };
}
