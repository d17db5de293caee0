using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Writes;

/// <summary>PUT /api/v1/projects/by-ref/{externalReference}: the lead region's own id for a joint project.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProjectUpsertTests(SharedRabbitMq rabbitMq)
{
    private const string ByRef = "/api/v1/projects/by-ref/YL-2026-J7";

    [SkippableFact]
    public async Task Upsert_creates_once_answers_unchanged_updates_with_If_Match_and_keeps_each_regions_references_apart()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var hezhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));

        using var create = await yulin.PutJsonAsync(ByRef, WriteBodies.Project());
        var created = await create.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("project").GetProperty("id").GetGuid();
        Assert.Equal(("Created", $"/api/v1/projects/{id}", "\"v1\""), (created.GetProperty("outcome").GetString(), create.Headers.Location?.ToString(), create.Headers.ETag?.Tag));
        Assert.Equal(("YL-2026-J7", "450900"), (created.GetProperty("project").GetProperty("externalReference").GetString(), created.GetProperty("project").GetProperty("leadRegionCode").GetString()));

        // A retry of the same content needs no If-Match: nothing would be overwritten.
        using var retry = await yulin.PutJsonAsync(ByRef, WriteBodies.Project());
        var unchanged = await retry.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Unchanged", id, "\"v1\""), (unchanged.GetProperty("outcome").GetString(), unchanged.GetProperty("project").GetProperty("id").GetGuid(), retry.Headers.ETag?.Tag));

        var missing = await (await yulin.PutJsonAsync(ByRef, WriteBodies.Project(budget: 1_000_000m))).ReadProblemAsync((HttpStatusCode)428);
        Assert.Equal("precondition-required", missing.GetProperty("code").GetString());
        using var update = await PutAsync(yulin, ByRef, WriteBodies.Project(budget: 1_000_000m), "\"v1\"");
        var updated = await update.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Updated", id, 2, "\"v2\""), (updated.GetProperty("outcome").GetString(), updated.GetProperty("project").GetProperty("id").GetGuid(), updated.GetProperty("project").GetProperty("revision").GetInt32(), update.Headers.ETag?.Tag));
        Assert.Equal(1_000_000m, updated.GetProperty("project").GetProperty("budget").GetDecimal());

        // Another region's reference space is its own: the same reference is another project, led by Hezhou.
        var theirs = await (await hezhou.PutJsonAsync(ByRef, WriteBodies.Project())).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.NotEqual(id, theirs.GetProperty("project").GetProperty("id").GetGuid());
        Assert.Equal("451100", theirs.GetProperty("project").GetProperty("leadRegionCode").GetString());

        var invalid = await (await yulin.PutJsonAsync("/api/v1/projects/by-ref/YL-X", new { title = "", partners = Array.Empty<object>() })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("Partners", out _), invalid.ToString());
        var tooLong = await (await yulin.PutJsonAsync($"/api/v1/projects/by-ref/{new string('R', 101)}", WriteBodies.Project())).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("externalReference", out _), tooLong.ToString());

        var stored = await host.QueryAsync<ListsDbContext, string[]>(db =>
            db.Projects.OrderBy(p => p.LeadRegionCode).Select(p => p.LeadRegionCode + "/" + p.ExternalReference + "/" + p.Revision).ToArrayAsync());
        Assert.Equal(["450900/YL-2026-J7/2", "451100/YL-2026-J7/1"], stored);
    }

    [SkippableFact]
    public async Task Upsert_that_repeats_a_partner_is_refused_like_every_other_project_write()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var twice = new
        {
            title = "玉林—肇庆 党建引领产业协作",
            partners = new[] { DemoOrgans.Zhaoqing, DemoOrgans.Zhaoqing }.Select(o => new { organId = o.Id, regionCode = o.RegionCode }),
        };
        (await yulin.PutJsonAsync(ByRef, WriteBodies.Project())).EnsureSuccessStatusCode();

        var onCreate = await (await yulin.PostJsonAsync("/api/v1/projects", twice)).ReadProblemAsync(HttpStatusCode.Conflict);
        var withoutIfMatch = await (await yulin.PutJsonAsync(ByRef, twice)).ReadProblemAsync(HttpStatusCode.Conflict);
        var withIfMatch = await (await PutAsync(yulin, ByRef, twice, "\"v1\"")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.All([onCreate, withoutIfMatch, withIfMatch], p => Assert.Equal("project.duplicate-organ", p.GetProperty("code").GetString()));
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request);
    }
}
