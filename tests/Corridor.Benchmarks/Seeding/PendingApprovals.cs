using System.Collections.Concurrent;
using System.Net;
using Corridor.Testing;
using Corridor.Testing.Processes;

namespace Corridor.Benchmarks.Seeding;

/// <summary>
/// Projects created, submitted and approved by two of their three approvers, so that one more call (the secretariat's
/// approval) commits ProjectApproved in Lists: the event Teams consumes.
/// </summary>
public sealed class PendingApprovals(ServiceProcess lists)
{
    private const int Writers = 8;
    private readonly HttpClient _lead = Clients.Rest(lists, TestTokens.Member(DemoOrgans.Qinzhou));
    private readonly HttpClient _leadCoordinator = Clients.Rest(lists, TestTokens.Coordinator(DemoOrgans.Qinzhou));
    private readonly HttpClient _partnerCoordinator = Clients.Rest(lists, TestTokens.Coordinator(DemoOrgans.Guangdong));
    private readonly HttpClient _secretariat = Clients.Rest(lists, TestTokens.Secretariat(), connections: 256);

    public async Task<List<Guid>> PrepareAsync(int count)
    {
        var ready = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (n, _) =>
        {
            var id = (await _lead.PostOkAsync("/api/v1/projects", Bodies.Project(n), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await _lead.PostOkAsync($"/api/v1/projects/{id}/submit", new { }, HttpStatusCode.OK);
            await _leadCoordinator.PostOkAsync($"/api/v1/projects/{id}/approvals", new { revision = 1 }, HttpStatusCode.OK);
            await _partnerCoordinator.PostOkAsync($"/api/v1/projects/{id}/approvals", new { revision = 1 }, HttpStatusCode.OK);
            ready.Add(id);
        });
        return ready.ToList();
    }

    /// <summary>The last approval: commits ProjectApproved.</summary>
    public Task ApproveAsync(Guid project) =>
        _secretariat.PostOkAsync($"/api/v1/projects/{project}/approvals", new { revision = 1 }, HttpStatusCode.OK);
}
