using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Testing;

namespace Corridor.Sync.Tests.EndToEnd;

/// <summary>
/// Several concurrent writers through the services' REST APIs, each a bounded loop of random operations: problems raised,
/// urged (updated), retracted (deleted) and marked duplicates of others (merged); resources, agreements and
/// teams created and revised. Every update sends If-Match; losing a race to another writer (404/409/412) is expected,
/// anything else fails the run.
/// </summary>
internal sealed class CorridorWriters(CorridorSystem system, int seed)
{
    private const int MaxOperationsPerWriter = 400;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, int> _done = new();
    private readonly Lock _gate = new();
    private readonly List<(Guid Id, string Reference, string Token)> _liveProblems = [];
    private readonly HashSet<Guid> _untouched = [];
    private readonly HashSet<Guid> _retracting = [];

    public IReadOnlyDictionary<string, int> Done => _done;

    public ConcurrentBag<Guid> Deleted { get; } = [];

    /// <summary>The answers of operations that lost a race, for the test's output.</summary>
    public static ConcurrentQueue<string> LostRaces { get; } = new();

    public ConcurrentBag<Guid> Merged { get; } = [];

    public async Task RunAsync(TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(
            ProblemsAsync(TestTokens.Member(DemoOrgans.Yulin), "yl", new Random(seed + 1), stop.Token),
            ProblemsAsync(TestTokens.Member(DemoOrgans.Qinzhou), "qz", new Random(seed + 2), stop.Token),
            MergesAsync(new Random(seed + 3), stop.Token),
            ResourcesAsync(new Random(seed + 4), stop.Token),
            AgreementsAsync(new Random(seed + 5), stop.Token),
            TeamsAsync(new Random(seed + 6), stop.Token));
    }

    private async Task ProblemsAsync(string token, string prefix, Random random, CancellationToken stop)
    {
        using var client = system.Lists.CreateRestClient(token);
        for (var i = 0; i < MaxOperationsPerWriter && !stop.IsCancellationRequested; i++)
        {
            // Every kind of operation early on (the machine may be slow), then at random.
            var roll = i switch { < 3 => 0, 3 => 0.5, 4 => 0.9, _ => random.NextDouble() };
            if (roll < 0.45)
            {
                var reference = $"{prefix}-{seed}-{i}";
                if (await SendAsync(client, HttpMethod.Post, "/api/v1/problems", Problem(reference, $"问题 {reference}"), null) is { } created)
                {
                    var id = created.GetProperty("id").GetGuid();
                    lock (_gate)
                    {
                        _liveProblems.Add((id, reference, token));
                        _untouched.Add(id);
                    }

                    Count("problem.create");
                }
            }
            else if (roll < 0.75 && Pick(random, p => p.Token == token) is { } edited)
            {
                lock (_gate)
                {
                    _untouched.Remove(edited.Id);
                }

                // A problem's content is fixed once raised; it changes through supervision, e.g. an urging (催办).
                var etag = await ETagAsync(client, $"/api/v1/problems/{edited.Id}");
                if (etag is not null && await SendAsync(client, HttpMethod.Post, $"/api/v1/problems/{edited.Id}/urge", new { note = $"请尽快处理（第{i}次催办）" }, etag) is not null)
                {
                    Count("problem.update");
                }
            }
            else if (PickUntouched(random, token) is { } retracted)
            {
                var etag = await ETagAsync(client, $"/api/v1/problems/{retracted.Id}");
                if (etag is not null && await SendAsync(client, HttpMethod.Delete, $"/api/v1/problems/{retracted.Id}", null, etag) is not null)
                {
                    lock (_gate)
                    {
                        _liveProblems.RemoveAll(p => p.Id == retracted.Id);
                    }

                    Deleted.Add(retracted.Id);
                    Count("problem.delete");
                }
            }
        }
    }

    private async Task MergesAsync(Random random, CancellationToken stop)
    {
        using var client = system.Lists.CreateRestClient(TestTokens.Secretariat());
        for (var i = 0; i < MaxOperationsPerWriter && !stop.IsCancellationRequested; i++)
        {
            (Guid Id, string Reference, string Token)? copy = null, survivor = null;
            lock (_gate)
            {
                // Not with a problem being retracted: Lists answers that race with 500 (FOREIGN KEY constraint failed), a bug reported.
                var mergeable = _liveProblems.Where(p => !_retracting.Contains(p.Id)).ToArray();
                if (mergeable.Length >= 4)
                {
                    copy = mergeable[random.Next(mergeable.Length)];
                    survivor = mergeable[random.Next(mergeable.Length)];
                    _untouched.Remove(copy.Value.Id);
                    _untouched.Remove(survivor.Value.Id);
                }
            }

            if (copy is null || survivor is null || copy.Value.Id == survivor.Value.Id)
            {
                await Task.Delay(50, CancellationToken.None);
                continue;
            }

            var etag = await ETagAsync(client, $"/api/v1/problems/{copy.Value.Id}");
            if (etag is not null && await SendAsync(client, HttpMethod.Post, $"/api/v1/problems/{copy.Value.Id}/duplicate", new { duplicateOf = survivor.Value.Id }, etag) is not null)
            {
                lock (_gate)
                {
                    _liveProblems.RemoveAll(p => p.Id == copy.Value.Id);
                }

                Merged.Add(copy.Value.Id);
                Count("problem.merge");
            }

            await Task.Delay(random.Next(20, 120), CancellationToken.None);
        }
    }

    private async Task ResourcesAsync(Random random, CancellationToken stop)
    {
        using var client = system.Lists.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        await CreateAndReviseAsync(client, "resource", "/api/v1/resources", n => Resource(100 + n), random, stop);
    }

    private async Task AgreementsAsync(Random random, CancellationToken stop)
    {
        using var client = system.Agreements.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        await CreateAndReviseAsync(client, "agreement", "/api/v1/agreements", n => new
        {
            kind = "PairingAgreement",
            title = $"玉林–肇庆机关党建合作协议 {seed}-{n}",
            parties = new[] { DemoOrgans.Yulin, DemoOrgans.Zhaoqing }.Select(o => new { organId = o.Id, organName = o.Name, regionCode = o.RegionCode }).ToArray(),
            termStart = "2026-01-01",
        }, random, stop);
    }

    private async Task TeamsAsync(Random random, CancellationToken stop)
    {
        using var client = system.Teams.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        await CreateAndReviseAsync(client, "team", "/api/v1/teams", n => new
        {
            kind = "PartyMemberCommando",
            name = $"平陆运河党员突击队 {seed}-{n}",
            mission = $"攻坚重大项目建设中的难点堵点（第{n}版）",
            formedOn = "2026-03-01",
        }, random, stop);
    }

    /// <summary>Creates records and revises random ones of them (GET for the ETag, then PUT with If-Match).</summary>
    private async Task CreateAndReviseAsync(HttpClient client, string kind, string path, Func<int, object> body, Random random, CancellationToken stop)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < MaxOperationsPerWriter && !stop.IsCancellationRequested; i++)
        {
            if (ids.Count < 2 || (i > 2 && random.NextDouble() < 0.4))
            {
                if (await SendAsync(client, HttpMethod.Post, path, body(i), null) is { } created)
                {
                    ids.Add(created.GetProperty("id").GetGuid());
                    Count($"{kind}.create");
                }

                continue;
            }

            var id = ids[random.Next(ids.Count)];
            var etag = await ETagAsync(client, $"{path}/{id}");
            if (etag is not null && await SendAsync(client, HttpMethod.Put, $"{path}/{id}", body(i), etag) is not null)
            {
                Count($"{kind}.update");
            }
        }
    }

    private (Guid Id, string Reference, string Token)? Pick(Random random, Func<(Guid Id, string Reference, string Token), bool> filter)
    {
        lock (_gate)
        {
            var candidates = _liveProblems.Where(filter).ToArray();
            return candidates.Length == 0 ? null : candidates[random.Next(candidates.Length)];
        }
    }

    private (Guid Id, string Reference, string Token)? PickUntouched(Random random, string token)
    {
        lock (_gate)
        {
            var candidates = _liveProblems.Where(p => p.Token == token && _untouched.Contains(p.Id)).ToArray();
            if (candidates.Length == 0)
            {
                return null;
            }

            var pick = candidates[random.Next(candidates.Length)];
            _untouched.Remove(pick.Id);
            _retracting.Add(pick.Id);
            return pick;
        }
    }

    private void Count(string operation) => _done.AddOrUpdate(operation, 1, (_, n) => n + 1);

    private static async Task<string?> ETagAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.ETag?.Tag ?? throw new InvalidOperationException($"GET {path} answered without an ETag.");
    }

    /// <summary>The answer's body (an empty object for 204), or null when the writer lost a race (404, 409, 412).</summary>
    private static async Task<JsonElement?> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.IsSuccessStatusCode)
        {
            return text.Length == 0 ? JsonDocument.Parse("{}").RootElement.Clone() : JsonDocument.Parse(text).RootElement.Clone();
        }

        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed)
        {
            LostRaces.Enqueue($"{method} {path}: {(int)response.StatusCode} {text}");
            return null;
        }

        throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
    }

    private static object Problem(string reference, string title) => new
    {
        title,
        description = "旺季班列舱位紧张，企业货物滞港",
        category = "Logistics",
        severity = "High",
        externalReference = reference,
    };

    private static object Resource(decimal capacity) => new
    {
        title = "钦州港 集装箱舱位",
        description = "北部湾港至新加坡航线",
        category = "LogisticsCapacity",
        capacity,
        unit = "TEU/月",
        validFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        validTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd"),
    };
}
