using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Testing;
using Corridor.Testing.Processes;

namespace Corridor.Benchmarks.Mirror;

/// <summary>
/// One of the concurrent writers: a random mix over the three services as the corridor-sync acceptance test makes it
/// (problems raised, urged, retracted, marked duplicates; resources, agreements and teams created and revised), on
/// records of its own so writers do not collide with each other. Every update sends If-Match with the last ETag seen.
/// </summary>
internal sealed class MirrorWriter : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly MirrorWriters _run;
    private readonly string _name;
    private readonly Random _random;
    private readonly HttpClient _lists;
    private readonly HttpClient _secretariat;
    private readonly HttpClient _agreements;
    private readonly HttpClient _teams;
    private readonly Dictionary<Guid, string?> _etags = [];
    private readonly List<Guid> _problems = [];
    private readonly HashSet<Guid> _untouched = [];
    private readonly List<Guid> _resources = [];
    private readonly List<Guid> _agreementIds = [];
    private readonly List<Guid> _teamIds = [];

    public MirrorWriter(MirrorWriters run, ProcessSystem system, int index, int seed)
    {
        _run = run;
        _name = $"w{index}-{seed}";
        _random = new Random(seed + index);
        var organ = index % 2 == 0 ? DemoOrgans.Yulin : DemoOrgans.Qinzhou;
        _lists = system.Lists.CreateRestClient(TestTokens.Member(organ));
        _secretariat = system.Lists.CreateRestClient(TestTokens.Secretariat());
        _agreements = system.Agreements.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        _teams = system.Teams.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
    }

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && _run.TryTakeWrite(out var n))
        {
            await WriteAsync(n, _random.NextDouble());
        }
    }

    // The acceptance test's mix: problems most, then resources, agreements and teams; a problem operation that has no
    // record to work on yet raises one instead.
    private Task WriteAsync(long n, double roll)
    {
        if (roll >= 0.58)
        {
            return roll switch
            {
                < 0.72 => CreateOrReviseAsync(n, _lists, "lists", "resource", "/api/v1/resources", _resources, WriteBodies.Resource((int)n)),
                < 0.86 => CreateOrReviseAsync(n, _agreements, "agreements", "agreement", "/api/v1/agreements", _agreementIds, WriteBodies.Agreement(_name, (int)n)),
                _ => CreateOrReviseAsync(n, _teams, "teams", "team", "/api/v1/teams", _teamIds, WriteBodies.Team($"{_name}-{_teamIds.Count}", (int)n)),
            };
        }

        return roll switch
        {
            < 0.50 and >= 0.30 when _problems.Count > 0 => UrgeAsync(n),
            < 0.55 and >= 0.50 when _untouched.Count > 0 => RetractAsync(n),
            >= 0.55 when _problems.Count >= 2 => MergeAsync(n),
            _ => CreateProblemAsync(n),
        };
    }

    private async Task CreateProblemAsync(long n)
    {
        var answer = await SendAsync(n, "problem.create", _lists, HttpMethod.Post, "/api/v1/problems", WriteBodies.Problem($"{_name}-{n}"), null);
        if (answer is { Succeeded: true, Id: { } id })
        {
            _problems.Add(id);
            _untouched.Add(id);
            _etags[id] = answer.ETag;
            _run.Sample(n, "lists", "problem", id, answer);
        }
    }

    private async Task UrgeAsync(long n)
    {
        var id = _problems[_random.Next(_problems.Count)];
        _untouched.Remove(id);
        await UpdateAsync(n, "problem.update", _lists, HttpMethod.Post, $"/api/v1/problems/{id}/urge", "/api/v1/problems", "lists", "problem", id, WriteBodies.Urging((int)n));
    }

    private async Task RetractAsync(long n)
    {
        var id = _untouched.ElementAt(_random.Next(_untouched.Count));
        _untouched.Remove(id);
        _problems.Remove(id);
        var answer = await SendAsync(n, "problem.delete", _lists, HttpMethod.Delete, $"/api/v1/problems/{id}", null, await ETagAsync(_lists, $"/api/v1/problems/{id}", id));
        _run.Forget(id, answer);
    }

    private async Task MergeAsync(long n)
    {
        var copy = _problems[_random.Next(_problems.Count)];
        var survivor = _problems.First(p => p != copy);
        _untouched.Remove(copy);
        _untouched.Remove(survivor);
        _problems.Remove(copy);
        await UpdateAsync(n, "problem.merge", _secretariat, HttpMethod.Post, $"/api/v1/problems/{copy}/duplicate", "/api/v1/problems", "lists", "problem", copy, WriteBodies.Duplicate(survivor));
    }

    private async Task CreateOrReviseAsync(long n, HttpClient client, string service, string kind, string path, List<Guid> ids, object body)
    {
        if (ids.Count < 2 || _random.NextDouble() < 0.4)
        {
            var answer = await SendAsync(n, $"{kind}.create", client, HttpMethod.Post, path, body, null);
            if (answer is { Succeeded: true, Id: { } id })
            {
                ids.Add(id);
                _etags[id] = answer.ETag;
                _run.Sample(n, service, kind, id, answer);
            }

            return;
        }

        var revised = ids[_random.Next(ids.Count)];
        await UpdateAsync(n, $"{kind}.update", client, HttpMethod.Put, $"{path}/{revised}", path, service, kind, revised, body);
    }

    private async Task UpdateAsync(long n, string operation, HttpClient client, HttpMethod method, string path, string collection, string service, string kind, Guid id, object body)
    {
        var answer = await SendAsync(n, operation, client, method, path, body, await ETagAsync(client, $"{collection}/{id}", id));
        if (answer is null)
        {
            return;
        }

        // Another change (an event consumer's) may have moved the version on: read it again next time.
        _etags[id] = answer.Succeeded ? answer.ETag : null;
        if (answer.Succeeded)
        {
            _run.Sample(n, service, kind, id, answer);
        }
    }

    private async Task<string?> ETagAsync(HttpClient client, string path, Guid id)
    {
        if (_etags.GetValueOrDefault(id) is { } known)
        {
            return known;
        }

        try
        {
            using var response = await client.GetAsync(path);
            return response.Headers.ETag?.Tag;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            _run.ReadFailed($"GET {path}: {e.GetType().Name} {e.Message}");
            return null;
        }
    }

    private async Task<WriteAnswer?> SendAsync(long n, string operation, HttpClient client, HttpMethod method, string path, object? body, string? ifMatch)
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

        try
        {
            using var response = await client.SendAsync(request);
            var answer = await WriteAnswer.ReadAsync(response);
            _run.Answered(operation, answer, answer.Succeeded || answer.LostRace ? null : $"{method} {path} (write {n}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return answer;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            _run.Failed($"{method} {path} (write {n}): {e.GetType().Name} {e.Message}");
            return null;
        }
    }

    public void Dispose()
    {
        _lists.Dispose();
        _secretariat.Dispose();
        _agreements.Dispose();
        _teams.Dispose();
    }
}
