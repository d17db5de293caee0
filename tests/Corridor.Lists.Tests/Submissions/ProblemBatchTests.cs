using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Submissions;

/// <summary>POST /api/v1/problems/batch and /import over real SQLite, with the events on real RabbitMQ.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemBatchTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Problems_are_raised_in_a_batch_a_resubmission_is_unchanged_and_changed_content_is_rejected()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var raised = await EventProbe.ListenAsync<ProblemRaised>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var items = new List<Dictionary<string, object?>>
        {
            Item("YL-P-1", "园区用电报装周期长"),
            Item("YL-P-2", "跨省通关手续复杂"),
            Item("YL-P-3", ""),
        };

        var first = await (await yulin.PostJsonAsync("/api/v1/problems/batch", new { items })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal("title", first.GetProperty("items")[2].GetProperty("errors")[0].GetProperty("field").GetString());
        var id = first.GetProperty("items")[0].GetProperty("id").GetGuid();
        await raised.WaitForAsync(m => m.GetProperty("problemId").GetGuid() == id, TimeSpan.FromSeconds(30), "the raised problem is published");

        items[1]["severity"] = "High";
        var again = await (await yulin.PostJsonAsync("/api/v1/problems/batch", new { items })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("unchanged", again.GetProperty("items")[0].GetProperty("outcome").GetString());
        Assert.Equal(id, again.GetProperty("items")[0].GetProperty("id").GetGuid());
        var changed = again.GetProperty("items")[1];
        Assert.Equal("rejected", changed.GetProperty("outcome").GetString());
        Assert.Contains("problem.content-fixed", changed.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await host.QueryAsync<ListsDbContext, int>(db => db.Problems.CountAsync()));
    }

    [SkippableFact]
    public async Task The_problem_csv_template_round_trips()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var template = await (await yulin.GetAsync("/api/v1/problems/template.csv")).Content.ReadAsByteArrayAsync();
        var filled = template.Concat(Encoding.UTF8.GetBytes("YL-P-9,冷链运输补贴标准不一,物流运力,中,,两地标准不一\r\nYL-P-10,港口收费不透明,Port and channel,high,,\r\n")).ToArray();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(filled);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "问题清单.csv");

        var result = await (await yulin.PostAsync("/api/v1/problems/import", form)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var stored = await host.QueryAsync<ListsDbContext, List<Problem>>(db => db.Problems.AsNoTracking().OrderBy(p => p.ExternalReference).ToListAsync());
        Assert.Equal([(ProblemCategory.PortAndChannel, ProblemSeverity.High), (ProblemCategory.Logistics, ProblemSeverity.Medium)], stored.Select(p => (p.Category, p.Severity)).ToArray());
    }

    private static Dictionary<string, object?> Item(string reference, string title) => new()
    {
        ["externalReference"] = reference,
        ["title"] = title,
        ["description"] = "企业反映",
        ["category"] = "Logistics",
        ["severity"] = "Medium",
    };
}
