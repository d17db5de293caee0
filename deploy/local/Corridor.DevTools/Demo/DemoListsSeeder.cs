using Corridor.BuildingBlocks.Security;
using Corridor.DevTools.Api;

namespace Corridor.DevTools.Demo;

/// <summary>
/// Loads <see cref="DemoLists"/> through Lists' batch endpoints, then walks some problems through
/// supervision and turns one suggestion into a commitment, each step as the organ that would take it.
/// </summary>
public sealed class DemoListsSeeder(CorridorApiClient api, ServiceUrls urls)
{
    public async Task<(int Resources, int Problems)> RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var resources = new Dictionary<string, Guid>(StringComparer.Ordinal);
        // A region's commerce organ files its resources where the directory has one (the region's sync client acting for it);
        // the resource of the demo commitment stays with the working committee, whose people accept the match.
        foreach (var filing in DemoLists.Resources.GroupBy(r => (r.Region, Commerce: CommerceFiling(r))))
        {
            var items = filing.Select(r => new
            {
                externalReference = r.Reference,
                title = r.Title,
                description = r.Description,
                category = r.Category,
                capacity = r.Capacity,
                unit = r.Unit,
                validFrom = today.AddDays(-30),
                validTo = today.AddDays(335),
            });
            var filer = filing.Key.Commerce is { } commerce ? DemoCallers.SyncClientFor(commerce) : DemoCallers.SyncClient(filing.Key.Region);
            Collect(await SubmitAsync("/api/v1/resources/batch", filer, items, cancellationToken), resources);
        }

        var problems = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var region in DemoLists.Problems.GroupBy(p => p.Region))
        {
            var items = region.Select(p => new
            {
                externalReference = p.Reference,
                title = p.Title,
                description = p.Description,
                category = p.Category,
                severity = p.Severity,
            });
            Collect(await SubmitAsync("/api/v1/problems/batch", DemoCallers.SyncClient(region.Key), items, cancellationToken), problems);
        }

        foreach (var problem in DemoLists.Problems.Where(p => p.Stage != DemoProblemStage.Open))
        {
            await SuperviseAsync(problem, problems[problem.Reference], today, cancellationToken);
        }

        var (problemReference, resourceReference) = DemoLists.Commitment;
        var raiser = DemoLists.Problems.Single(p => p.Reference == problemReference).Region;
        var offerer = DemoLists.Resources.Single(r => r.Reference == resourceReference).Region;
        var match = await api.PostAsync<ListsRecordView>(
            urls.Lists, "/api/v1/matches", new { problemId = problems[problemReference], resourceId = resources[resourceReference] }, DemoCallers.Member(raiser), cancellationToken);
        var committed = await api.PostAsync<ListsRecordView>(urls.Lists, $"/api/v1/matches/{match.Id}/accept", null, DemoCallers.Member(offerer), cancellationToken);
        if (committed.Status != "Committed")
        {
            throw new SeedFailedException($"The demo match {match.Id} is {committed.Status} after both sides accepted; expected Committed.");
        }

        return (resources.Count, problems.Count);
    }

    /// <summary>The region's coordinator accepts with its own committee as the responsible organ; that organ works it.</summary>
    private async Task SuperviseAsync(DemoProblem problem, Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var path = $"/api/v1/problems/{id}";
        var organ = DemoOrgans.Of(problem.Region);
        var worker = DemoCallers.Member(problem.Region);
        await api.PostAsync<ListsRecordView>(urls.Lists, $"{path}/accept", new
        {
            responsibleOrganId = organ.OrganId,
            responsibleRegionCode = problem.Region,
            dueDate = today.AddDays(30),
        }, DemoCallers.Coordinator(problem.Region), cancellationToken);
        await api.PostAsync<ListsRecordView>(urls.Lists, $"{path}/start", null, worker, cancellationToken);
        await api.PostAsync<ListsRecordView>(urls.Lists, $"{path}/progress", new { text = "已与通道沿线城市对接，正在协调", supportNeeded = "需要兄弟城市提供舱位或窗口" }, worker, cancellationToken);
        if (problem.Stage == DemoProblemStage.Closed)
        {
            await api.PostAsync<ListsRecordView>(urls.Lists, $"{path}/resolve", new { resolution = "与湛江口岸建立联络机制，查验时间缩短一半" }, worker, cancellationToken);
            var closed = await api.PostAsync<ListsRecordView>(urls.Lists, $"{path}/confirm", new { satisfaction = 5 }, worker, cancellationToken);
            if (closed.Status != "Closed")
            {
                throw new SeedFailedException($"The demo problem {problem.Reference} is {closed.Status} after confirmation; expected Closed.");
            }
        }
    }

    private static DemoDirectoryOrgan? CommerceFiling(DemoResource resource) =>
        resource.Reference == DemoLists.Commitment.ResourceReference ? null : DemoDirectory.CommerceOf(resource.Region);

    private async Task<BatchView> SubmitAsync(string path, CallerIdentity filer, IEnumerable<object> items, CancellationToken cancellationToken)
    {
        var answer = await api.PostAsync<BatchView>(urls.Lists, path, new { items }, filer, cancellationToken);
        if (answer.Rejected > 0)
        {
            var first = answer.Items.First(i => i.Outcome == "rejected");
            throw new SeedFailedException(
                $"Lists rejected demo item {first.ExternalReference}: {string.Join("; ", first.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        return answer;
    }

    private static void Collect(BatchView answer, Dictionary<string, Guid> ids)
    {
        foreach (var item in answer.Items)
        {
            ids[item.ExternalReference!] = item.Id!.Value;
        }
    }
}
