using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.DirectoryService.Tests.Integration;

/// <summary>Organs over REST: who may write, bad input as problem details, If-Match, renames in the history, conference ids, contacts.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OrganApiTests(SharedRabbitMq rabbitMq)
{
    private const string Yulin = "450900";

    [SkippableFact]
    public async Task Bad_input_is_answered_with_the_part_that_failed_and_a_reused_idempotency_key_with_422()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var coordinator = host.CreateRestClient(TestTokens.Coordinator(TestOrgans.Organ(Yulin)));

        var wrongOrganisationCode = await (await coordinator.PostJsonAsync(DirectoryHost.Organs, DirectoryHost.Registration(Yulin, DemoOrgans.Yulin.Id)))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("GB 11714", wrongOrganisationCode.GetProperty("errors").GetProperty("OrganId")[0].GetString(), StringComparison.Ordinal);
        var otherRegion = await (await coordinator.PostJsonAsync(DirectoryHost.Organs, DirectoryHost.Registration(Yulin, TestOrgans.Code("450521", 1))))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("450521", otherRegion.GetProperty("errors").GetProperty("RegionCode")[0].GetString(), StringComparison.Ordinal);
        var blank = await (await coordinator.PostJsonAsync(DirectoryHost.Organs, new { regionCode = Yulin, fullName = " ", shortName = "", level = "Village", kind = "Organ" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["FullName", "Level", "ShortName"], blank.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());

        var first = await Requests.SendAsync(coordinator, HttpMethod.Post, DirectoryHost.Organs, DirectoryHost.Registration(Yulin, null), idempotencyKey: "yulin-1");
        var replay = await Requests.SendAsync(coordinator, HttpMethod.Post, DirectoryHost.Organs, DirectoryHost.Registration(Yulin, null), idempotencyKey: "yulin-1");
        var reused = await Requests.SendAsync(coordinator, HttpMethod.Post, DirectoryHost.Organs, DirectoryHost.Registration(Yulin, null, "另一个名称"), idempotencyKey: "yulin-1");
        var issued = await first.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(("CX4509000000000001", "ConferenceId"), (issued.GetProperty("organId").GetString(), issued.GetProperty("idKind").GetString()));
        Assert.Equal("CX4509000000000001", (await replay.ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("organId").GetString());
        await reused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        var next = await DirectoryHost.RegisterAsync(host, TestTokens.Coordinator(TestOrgans.Organ(Yulin)), DirectoryHost.Registration(Yulin, null));
        Assert.Equal("CX4509000000000002", next.GetProperty("organId").GetString());
    }

    [SkippableFact]
    public async Task Coordinators_write_the_organs_of_their_own_region_and_the_ones_under_it_only()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var yulinOrgan = TestOrgans.Code("450902", 1);
        await DirectoryHost.RegisterAsync(host, TestTokens.Coordinator(TestOrgans.Organ(Yulin)), DirectoryHost.Registration(Yulin, yulinOrgan));

        using var zhanjiang = host.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Zhanjiang));
        using var guangxi = host.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Guangxi));
        using var member = host.CreateRestClient(TestTokens.Member(TestOrgans.Organ(Yulin)));
        var refused = await (await zhanjiang.PostJsonAsync($"{DirectoryHost.Organs}/{yulinOrgan}/retire", new { reason = "不是我的" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("organ.other-region", refused.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostJsonAsync($"{DirectoryHost.Organs}/{yulinOrgan}/retire", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhanjiang.PostJsonAsync(DirectoryHost.Organs, DirectoryHost.Registration(Yulin, null))).StatusCode);

        var retired = await (await guangxi.PostJsonAsync($"{DirectoryHost.Organs}/{yulinOrgan}/retire", new { reason = "机构改革" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Retired", retired.GetProperty("status").GetString());
        var read = await (await member.GetAsync($"{DirectoryHost.Organs}/{yulinOrgan}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(2, read.GetProperty("version").GetInt32());
    }

    [SkippableFact]
    public async Task Edits_need_the_version_read_renames_show_in_the_history_and_each_change_is_published()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var renamedProbe = await EventProbe.ListenAsync<OrganRenamed>(vhost);
        await using var updatedProbe = await EventProbe.ListenAsync<OrganUpdated>(vhost);
        await using var host = await DirectoryHost.StartAsync(vhost);
        var caller = TestTokens.Coordinator(TestOrgans.Organ(Yulin));
        using var coordinator = host.CreateRestClient(caller);
        var parent = TestOrgans.Code(Yulin, 1);
        var child = TestOrgans.Code("450902", 2);
        await DirectoryHost.RegisterAsync(host, caller, DirectoryHost.Registration(Yulin, parent, "中共玉林市委"));
        await DirectoryHost.RegisterAsync(host, caller, DirectoryHost.Registration(Yulin, child, "中共玉林市直属机关工作委员会", parent));

        var missing = await Requests.SendAsync(coordinator, HttpMethod.Put, $"{DirectoryHost.Organs}/{child}", new { level = "County", kind = "WorkingCommittee", parentOrganId = parent });
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        var stale = await Requests.SendAsync(coordinator, HttpMethod.Put, $"{DirectoryHost.Organs}/{child}", new { level = "County", kind = "WorkingCommittee", parentOrganId = parent }, ifMatch: 9);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var cycle = await (await Requests.SendAsync(coordinator, HttpMethod.Put, $"{DirectoryHost.Organs}/{parent}", new { level = "Municipal", kind = "Organ", parentOrganId = child }, ifMatch: 1))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("organ.parent-cycle", cycle.GetProperty("code").GetString());
        var updated = await Requests.SendAsync(coordinator, HttpMethod.Put, $"{DirectoryHost.Organs}/{child}", new { level = "County", kind = "WorkingCommittee", parentOrganId = parent }, ifMatch: 1);
        Assert.Equal("\"v2\"", updated.Headers.ETag?.Tag);
        var renamed = await (await Requests.SendAsync(
            coordinator, HttpMethod.Post, $"{DirectoryHost.Organs}/{child}/rename", new { fullName = "中共玉林市委直属机关工作委员会", shortName = "玉林市委直属机关工委", effectiveOn = "2026-03-01" }, ifMatch: 2))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        var names = renamed.GetProperty("nameHistory").EnumerateArray().Select(n => (n.GetProperty("fullName").GetString(), n.GetProperty("until").ToString())).ToArray();
        Assert.Equal([("中共玉林市直属机关工作委员会", "2026-02-28"), ("中共玉林市委直属机关工作委员会", "")], names);
        var history = await (await coordinator.GetAsync($"{DirectoryHost.Organs}/{child}/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(["register", "update", "rename"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
        var level = history[1].GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(("level", "Municipal", "County"), (level.GetProperty("field").GetString(), level.GetProperty("from").GetString(), level.GetProperty("to").GetString()));
        Assert.EndsWith("coordinator", history[2].GetProperty("by").GetString(), StringComparison.Ordinal);

        var published = await renamedProbe.WaitForAsync(m => m.GetProperty("organ").GetProperty("organId").GetString() == child, TimeSpan.FromSeconds(30), "OrganRenamed");
        Assert.Equal(("中共玉林市直属机关工作委员会", "County", 3), (published.Message.GetProperty("previousFullName").GetString(), published.Message.GetProperty("organ").GetProperty("level").GetString(), published.Message.GetProperty("aggregateVersion").GetInt32()));
        await updatedProbe.WaitForAsync(m => m.GetProperty("organ").GetProperty("parentOrganId").GetString() == parent, TimeSpan.FromSeconds(30), "OrganUpdated");
    }

    [SkippableFact]
    public async Task Batch_reads_list_unknown_ids_apart_upserts_by_reference_and_phones_are_masked_for_other_regions()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var caller = TestTokens.Coordinator(TestOrgans.Organ(Yulin));
        using var coordinator = host.CreateRestClient(caller);
        using var outsider = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var organ = TestOrgans.Code(Yulin, 3);

        var created = await coordinator.PutJsonAsync($"{DirectoryHost.Organs}/by-ref/{Yulin}/YL-001", DirectoryHost.Registration(Yulin, organ));
        Assert.Equal("created", (await created.ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("outcome").GetString());
        var unchanged = await coordinator.PutJsonAsync($"{DirectoryHost.Organs}/by-ref/{Yulin}/YL-001", DirectoryHost.Registration(Yulin, organ));
        Assert.Equal("unchanged", (await unchanged.ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        var edit = DirectoryHost.Registration(Yulin, organ, "中共玉林市新名称");
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await coordinator.PutJsonAsync($"{DirectoryHost.Organs}/by-ref/{Yulin}/YL-001", edit)).StatusCode);
        var updated = await (await Requests.SendAsync(coordinator, HttpMethod.Put, $"{DirectoryHost.Organs}/by-ref/{Yulin}/YL-001", edit, ifMatch: 1)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("updated", "中共玉林市新名称"), (updated.GetProperty("outcome").GetString(), updated.GetProperty("organ").GetProperty("fullName").GetString()));

        var unknown = TestOrgans.Code(Yulin, 99);
        var batch = await (await outsider.GetAsync($"{DirectoryHost.Organs}/lookup?ids={organ},{unknown}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(organ, batch.GetProperty("organs").EnumerateArray().Single().GetProperty("organId").GetString());
        Assert.Equal([unknown], batch.GetProperty("unknownOrganIds").EnumerateArray().Select(i => i.GetString()!).ToArray());

        await (await coordinator.PostJsonAsync($"{DirectoryHost.Organs}/{organ}/contacts", new { role = "Liaison", name = "李联络", phone = "139-0775-5678" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var badPhone = await (await coordinator.PostJsonAsync($"{DirectoryHost.Organs}/{organ}/contacts", new { role = "Office", name = "办公室", phone = "450902199001011234" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badPhone.GetProperty("errors").TryGetProperty("Phone", out _));
        var own = (await (await coordinator.GetAsync($"{DirectoryHost.Organs}/{organ}/contacts")).ReadAsAsync<JsonElement>(HttpStatusCode.OK))[0];
        var masked = (await (await outsider.GetAsync($"{DirectoryHost.Organs}/{organ}/contacts")).ReadAsAsync<JsonElement>(HttpStatusCode.OK))[0];
        Assert.Equal(("13907755678", "139****5678"), (own.GetProperty("phone").GetString(), masked.GetProperty("phone").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.DeleteAsync($"{DirectoryHost.Organs}/{organ}/contacts/{own.GetProperty("contactId").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.DeleteAsync($"{DirectoryHost.Organs}/{organ}/contacts/{own.GetProperty("contactId").GetGuid()}")).StatusCode);
        Assert.Equal(0, (await (await coordinator.GetAsync($"{DirectoryHost.Organs}/{organ}/contacts")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetArrayLength());
    }
}
