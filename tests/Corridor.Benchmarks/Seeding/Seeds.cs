using System.Collections.Concurrent;
using System.Net;
using Corridor.Testing;
using Corridor.Testing.Processes;

namespace Corridor.Benchmarks.Seeding;

/// <summary>The records the read paths read, created once through the services' public APIs (problems through the batch endpoint).</summary>
public sealed class Seeds
{
    private const int Writers = 8;

    private Seeds(List<Guid> problems, List<Guid> projects, List<Guid> teams, List<Guid> agreements)
    {
        Problems = problems;
        Projects = projects;
        Teams = teams;
        Agreements = agreements;
    }

    public IReadOnlyList<Guid> Problems { get; }

    public IReadOnlyList<Guid> Projects { get; }

    public IReadOnlyList<Guid> Teams { get; }

    public IReadOnlyList<Guid> Agreements { get; }

    public static async Task<Seeds> CreateAsync(ProcessSystem system, int problems, int others)
    {
        using var lists = Clients.Rest(system.Lists, TestTokens.Member(DemoOrgans.Yulin));
        using var projects = Clients.Rest(system.Lists, TestTokens.Member(DemoOrgans.Qinzhou));
        using var teams = Clients.Rest(system.Teams, TestTokens.Member(DemoOrgans.Qinzhou));
        using var agreements = Clients.Rest(system.Agreements, TestTokens.Member(DemoOrgans.Yulin));
        var raised = await ProblemBatch.SubmitAsync(lists, Bodies.Problems("SEED", problems));
        var created = await Task.WhenAll(
            CreateManyAsync(projects, "/api/v1/projects", others, Bodies.Project),
            CreateManyAsync(teams, "/api/v1/teams", others, Bodies.Team),
            CreateManyAsync(agreements, "/api/v1/agreements", others, Bodies.Agreement));
        // The seed's events (10,000 ProblemRaised and more) would otherwise still be dispatched and consumed while the
        // first paths measure: Lists' own /health/live ran at a fifth of the other services' rate.
        await Task.WhenAll(system.All.Select(Paths.OutboxDrain.WaitUntilEmptyAsync));
        return new Seeds(raised.Ids, created[0], created[1], created[2]);
    }

    public static async Task<List<Guid>> CreateManyAsync(HttpClient client, string path, int count, Func<long, object> body)
    {
        var ids = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (n, _) =>
        {
            var created = await client.PostOkAsync(path, body(n), HttpStatusCode.Created);
            ids.Add(created.GetProperty("id").GetGuid());
        });
        return ids.ToList();
    }
}
