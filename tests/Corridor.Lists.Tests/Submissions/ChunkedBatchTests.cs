using System.Net;
using System.Text.Json;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Submissions;

/// <summary>A batch larger than one save chunk is still one transaction: a failure in a later chunk leaves nothing behind.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ChunkedBatchTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_failure_in_the_last_chunk_rolls_back_the_chunks_already_saved()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var count = (2 * Lists.Submissions.BatchSubmission.SaveChunk) + 500;
        var items = Enumerable.Range(0, count).Select(i => new Dictionary<string, object?>
        {
            ["externalReference"] = i == count - 1 ? "YL-C-LAST" : $"YL-C-{i}",
            ["title"] = $"问题 {i}",
            ["description"] = "企业反映",
            ["category"] = "Logistics",
            ["severity"] = "Medium",
        }).ToList();
        await host.QueryAsync<ListsDbContext, int>(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_last BEFORE INSERT ON Problems WHEN NEW.ExternalReference = 'YL-C-LAST' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));

        var failed = await yulin.PostJsonAsync("/api/v1/problems/batch", new { items });

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.Problems.CountAsync()));
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.ChangeJournal.CountAsync()));

        await host.QueryAsync<ListsDbContext, int>(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_last"));
        var retried = await (await yulin.PostJsonAsync("/api/v1/problems/batch", new { items })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(count, retried.GetProperty("created").GetInt32());
        Assert.Equal(count, await host.QueryAsync<ListsDbContext, int>(db => db.Problems.CountAsync()));
        Assert.Equal(count, await host.QueryAsync<ListsDbContext, int>(db => db.ChangeJournal.CountAsync()));
    }
}
