using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Problems;

/// <summary>Problems over REST on a real Lists host (SQLite, RabbitMQ): every endpoint, with the events on the broker.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemsApiTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_problem_is_supervised_from_raising_to_closure_with_every_step_on_the_trail_and_the_broker()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var raised = await EventProbe.ListenAsync<ProblemRaised>(vhost);
        await using var accepted = await EventProbe.ListenAsync<ProblemAccepted>(vhost);
        await using var progress = await EventProbe.ListenAsync<ProblemProgressReported>(vhost);
        await using var resolved = await EventProbe.ListenAsync<ProblemResolved>(vhost);
        await using var reopened = await EventProbe.ListenAsync<ProblemReopened>(vhost);
        await using var urged = await EventProbe.ListenAsync<ProblemUrged>(vhost);
        await using var closed = await EventProbe.ListenAsync<ProblemClosed>(vhost);
        await using var host = await ProblemsApi.StartAsync(vhost);
        var api = new ProblemsApi(host);

        using var create = await api.PostAsync(ProblemsApi.Raiser, ProblemsApi.Path, ProblemsApi.RaiseBody(externalReference: "YL-2026-001"));
        var created = await create.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/problems/{id}", create.Headers.Location?.ToString());
        Assert.Equal("\"v1\"", create.Headers.ETag?.Tag);
        Assert.Equal("Open", created.GetProperty("status").GetString());
        Assert.Equal(DemoOrgans.Yulin.RegionCode, created.GetProperty("handlingRegionCode").GetString());

        var acceptedBody = await api.ActAsync(ProblemsApi.Supervisor, id, "accept", ProblemsApi.AcceptBody(), ifMatch: "\"v1\"");
        Assert.Equal("Accepted", acceptedBody.GetProperty("status").GetString());
        Assert.Equal(TestProblems.YulinBureau.Id, acceptedBody.GetProperty("responsibleOrganId").GetString());
        await api.ActAsync(ProblemsApi.Responsible, id, "start");
        await api.ActAsync(TestTokens.Member(DemoOrgans.Zhaoqing), id, "progress", new { text = "肇庆方已对接铁路局", supportNeeded = "需要国铁集团加开班列" });
        await api.ActAsync(TestTokens.Member(DemoOrgans.Hezhou), id, "urge", new { note = "请加快" });
        await api.ActAsync(ProblemsApi.Responsible, id, "resolve", new { resolution = "增开两列" });
        await api.ActAsync(ProblemsApi.Raiser, id, "reopen", new { reason = "仍不够" });
        await api.ActAsync(ProblemsApi.Responsible, id, "start");
        await api.ActAsync(ProblemsApi.Responsible, id, "resolve", new { resolution = "再增开一列" });
        using var confirm = await api.PostAsync(ProblemsApi.Raiser, $"{ProblemsApi.Path}/{id}/confirm", new { satisfaction = 5 }, ifMatch: "\"v9\"");
        var final = await confirm.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("\"v10\"", confirm.Headers.ETag?.Tag);

        Assert.Equal("Closed", final.GetProperty("status").GetString());
        Assert.Equal(5, final.GetProperty("satisfaction").GetInt32());
        Assert.Equal("再增开一列", final.GetProperty("resolution").GetString());
        Assert.Equal("需要国铁集团加开班列", final.GetProperty("progressReports")[0].GetProperty("supportNeeded").GetString());
        Assert.Equal(DemoOrgans.Hezhou.Id, final.GetProperty("urgings")[0].GetProperty("byOrganId").GetString());

        var history = await api.GetAsync($"{ProblemsApi.Path}/{id}/history");
        Assert.Equal(
            ["raise", "accept", "start", "progress", "urge", "resolve", "reopen", "start", "resolve", "confirm"],
            history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("Resolved", history[6].GetProperty("from").GetString());
        Assert.Equal("Reopened", history[6].GetProperty("to").GetString());
        Assert.Equal("仍不够", history[6].GetProperty("note").GetString());

        bool Ours(JsonElement m) => m.GetProperty("problemId").GetGuid() == id;
        Assert.Equal(1, (await raised.WaitForAsync(Ours, EventTimeout, "ProblemRaised")).Message.GetProperty("aggregateVersion").GetInt64());
        Assert.Equal(2, (await accepted.WaitForAsync(Ours, EventTimeout, "ProblemAccepted")).Message.GetProperty("aggregateVersion").GetInt64());
        await progress.WaitForAsync(m => Ours(m) && m.GetProperty("supportNeeded").GetString() == "需要国铁集团加开班列", EventTimeout, "ProblemProgressReported");
        await urged.WaitForAsync(Ours, EventTimeout, "ProblemUrged");
        await resolved.WaitForAsync(m => Ours(m) && m.GetProperty("aggregateVersion").GetInt64() == 9, EventTimeout, "the second ProblemResolved");
        await reopened.WaitForAsync(Ours, EventTimeout, "ProblemReopened");
        var closing = await closed.WaitForAsync(Ours, EventTimeout, "ProblemClosed");
        Assert.Equal(5, closing.Message.GetProperty("satisfaction").GetInt32());
        Assert.Equal(10, closing.Message.GetProperty("aggregateVersion").GetInt64());
    }

    [SkippableFact]
    public async Task Refusals_are_problem_json_with_their_codes_and_change_nothing()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProblemsApi(host);
        var id = await api.RaiseAsync(body: ProblemsApi.RaiseBody(externalReference: "YL-1"));

        var stale = await (await api.PostAsync(ProblemsApi.Supervisor, $"{ProblemsApi.Path}/{id}/accept", ProblemsApi.AcceptBody(), ifMatch: "\"v7\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-version", stale.GetProperty("code").GetString());
        var illegal = await (await api.PostAsync(ProblemsApi.Responsible, $"{ProblemsApi.Path}/{id}/resolve", new { resolution = "x" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("problem.illegal-transition", illegal.GetProperty("code").GetString());
        var forbidden = await (await api.PostAsync(ProblemsApi.Raiser, $"{ProblemsApi.Path}/{id}/accept", ProblemsApi.AcceptBody())).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("problem.not-a-supervisor", forbidden.GetProperty("code").GetString());
        var otherCoordinator = await (await api.PostAsync(TestTokens.Coordinator(DemoOrgans.Zhaoqing), $"{ProblemsApi.Path}/{id}/reject", new { reason = "r" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("problem.not-a-supervisor", otherCoordinator.GetProperty("code").GetString());
        var noReason = await (await api.PostAsync(ProblemsApi.Supervisor, $"{ProblemsApi.Path}/{id}/reject", new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("Reason", out _), noReason.ToString());
        var pastDue = await (await api.PostAsync(ProblemsApi.Supervisor, $"{ProblemsApi.Path}/{id}/accept", ProblemsApi.AcceptBody(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2)))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("problem.due-date-past", pastDue.GetProperty("code").GetString());
        var unknown = await (await api.PostAsync(ProblemsApi.Supervisor, $"{ProblemsApi.Path}/{Guid.NewGuid()}/start")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("not-found", unknown.GetProperty("code").GetString());

        var invalid = await (await api.PostAsync(ProblemsApi.Raiser, ProblemsApi.Path, new { title = "", category = "Weather", severity = "2", enterpriseCreditCode = "91450700MA5L0000X" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        foreach (var field in new[] { "Title", "Category", "Severity", "EnterpriseCreditCode" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing in {errors}");
        }

        var sameReference = await (await api.PostAsync(ProblemsApi.Raiser, ProblemsApi.Path, ProblemsApi.RaiseBody(externalReference: "YL-1"))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("problem.external-reference-taken", sameReference.GetProperty("code").GetString());
        // The same reference from another region is that region's own id, not a clash.
        await api.RaiseAsync(TestTokens.Member(DemoOrgans.Zhaoqing), ProblemsApi.RaiseBody(externalReference: "YL-1"));

        using var reader = host.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));
        using var get = await reader.GetAsync($"{ProblemsApi.Path}/{id}");
        var current = await get.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("\"v1\"", get.Headers.ETag?.Tag);
        Assert.Equal("Open", current.GetProperty("status").GetString());
        Assert.Equal(1, current.GetProperty("version").GetInt64());
        Assert.Equal(2, await host.QueryAsync<ListsDbContext, int>(db => db.Problems.CountAsync()));
        Assert.Equal(2, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [SkippableFact]
    public async Task Reject_duplicate_and_transfer_leave_readable_tombstones_and_hand_over_between_regions()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var rejected = await EventProbe.ListenAsync<ProblemRejected>(vhost);
        await using var duplicates = await EventProbe.ListenAsync<ProblemMarkedDuplicate>(vhost);
        await using var transfers = await EventProbe.ListenAsync<ProblemTransferred>(vhost);
        await using var host = await ProblemsApi.StartAsync(vhost);
        var api = new ProblemsApi(host);
        var survivor = await api.RaiseAsync();
        var copy = await api.RaiseAsync();
        var outOfScope = await api.RaiseAsync();
        var zhaoqings = await api.AcceptedAsync();

        var rejection = await api.ActAsync(TestTokens.Secretariat(), outOfScope, "reject", new { reason = "不属于联席会议事项" });
        Assert.Equal("Rejected", rejection.GetProperty("status").GetString());
        Assert.Equal("不属于联席会议事项", rejection.GetProperty("rejectionReason").GetString());

        var self = await (await api.PostAsync(ProblemsApi.Supervisor, $"{ProblemsApi.Path}/{copy}/duplicate", new { duplicateOf = copy })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("problem.duplicate-of-itself", self.GetProperty("code").GetString());
        await api.ActAsync(ProblemsApi.Supervisor, copy, "duplicate", new { duplicateOf = survivor });
        var tombstone = await api.GetAsync($"{ProblemsApi.Path}/{copy}", TestTokens.Member(DemoOrgans.Hezhou));
        Assert.Equal("Duplicate", tombstone.GetProperty("status").GetString());
        Assert.Equal(survivor, tombstone.GetProperty("duplicateOf").GetGuid());
        var ofTombstone = await (await api.PostAsync(ProblemsApi.Supervisor, $"{ProblemsApi.Path}/{survivor}/duplicate", new { duplicateOf = copy })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("problem.duplicate-of-tombstone", ofTombstone.GetProperty("code").GetString());
        var listed = await api.GetAsync($"{ProblemsApi.Path}?status=Duplicate");
        Assert.Equal(survivor, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("duplicateOf").GetGuid());

        var moved = await api.ActAsync(ProblemsApi.Supervisor, zhaoqings, "transfer", new { toOrganId = DemoOrgans.Zhaoqing.Id, toRegionCode = DemoOrgans.Zhaoqing.RegionCode, reason = "属肇庆事权" });
        Assert.Equal("Transferred", moved.GetProperty("status").GetString());
        Assert.Equal(DemoOrgans.Zhaoqing.RegionCode, moved.GetProperty("handlingRegionCode").GetString());
        Assert.Equal(JsonValueKind.Null, moved.GetProperty("dueDate").ValueKind);
        var taken = await api.ActAsync(TestTokens.Member(DemoOrgans.Zhaoqing), zhaoqings, "accept", new
        {
            responsibleOrganId = DemoOrgans.Zhaoqing.Id,
            responsibleRegionCode = DemoOrgans.Zhaoqing.RegionCode,
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
        });
        Assert.Equal("Accepted", taken.GetProperty("status").GetString());
        Assert.Equal(DemoOrgans.Zhaoqing.Id, taken.GetProperty("responsibleOrganId").GetString());

        await rejected.WaitForAsync(m => m.GetProperty("problemId").GetGuid() == outOfScope, EventTimeout, "ProblemRejected");
        var marked = await duplicates.WaitForAsync(m => m.GetProperty("problemId").GetGuid() == copy, EventTimeout, "ProblemMarkedDuplicate");
        Assert.Equal(survivor, marked.Message.GetProperty("duplicateOfProblemId").GetGuid());
        var transferred = await transfers.WaitForAsync(m => m.GetProperty("problemId").GetGuid() == zhaoqings, EventTimeout, "ProblemTransferred");
        Assert.Equal(DemoOrgans.Yulin.RegionCode, transferred.Message.GetProperty("fromRegionCode").GetString());
        Assert.Equal(DemoOrgans.Zhaoqing.RegionCode, transferred.Message.GetProperty("handlingRegionCode").GetString());
    }

    [SkippableFact]
    public async Task Cursor_pages_neither_skip_nor_repeat_while_problems_are_added_and_filters_narrow_the_list()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProblemsApi(host);
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await api.RaiseAsync(body: ProblemsApi.RaiseBody(title: $"问题 {i}", category: i % 2 == 0 ? "Customs" : "Funding")));
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await api.GetAsync($"{ProblemsApi.Path}?limit=3" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            if (pages++ == 0)
            {
                // Added after the first page was read: it sorts last, so it shows up once, on a later page.
                ids.Add(await api.RaiseAsync(body: ProblemsApi.RaiseBody(title: "问题 7", category: "Funding")));
            }
        }
        while (cursor is not null);

        Assert.Equal(ids, seen);
        Assert.Equal(3, pages);

        var customs = await api.GetAsync($"{ProblemsApi.Path}?category=Customs&limit=200");
        Assert.Equal([ids[0], ids[2], ids[4], ids[6]], customs.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, customs.GetProperty("nextCursor").ValueKind);
        var text = await api.GetAsync($"{ProblemsApi.Path}?q={Uri.EscapeDataString("问题 5")}&region={DemoOrgans.Yulin.RegionCode}&severity=High&status=Open");
        Assert.Equal(ids[5], Assert.Single(text.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var overdue = await api.GetAsync($"{ProblemsApi.Path}?overdue=true");
        Assert.Empty(overdue.GetProperty("items").EnumerateArray());
        var otherOrgan = await api.GetAsync($"{ProblemsApi.Path}?organ={DemoOrgans.Hezhou.Id}");
        Assert.Empty(otherOrgan.GetProperty("items").EnumerateArray());

        var badCursor = await api.GetProblemAsync($"{ProblemsApi.Path}?cursor=bm90LWEtY3Vyc29y");
        Assert.True(badCursor.GetProperty("errors").TryGetProperty("Cursor", out _), badCursor.ToString());
        var badFilters = await api.GetProblemAsync($"{ProblemsApi.Path}?limit=201&status=Lost");
        Assert.True(badFilters.GetProperty("errors").TryGetProperty("Limit", out _), badFilters.ToString());
        Assert.True(badFilters.GetProperty("errors").TryGetProperty("Status", out _), badFilters.ToString());
    }

    [SkippableFact]
    public async Task Statistics_count_resolutions_per_region_and_month_and_state_their_rule()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProblemsApi(host);
        var id = await api.AcceptedAsync();
        await api.AcceptedAsync();
        await api.ActAsync(ProblemsApi.Responsible, id, "start");
        await api.ActAsync(ProblemsApi.Responsible, id, "resolve", new { resolution = "已解决" });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var stats = await api.GetAsync($"{ProblemsApi.Path}/statistics?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(60):yyyy-MM-dd}", TestTokens.Secretariat());

        var row = Assert.Single(stats.GetProperty("resolvedPerRegion").EnumerateArray());
        Assert.Equal(DemoOrgans.Yulin.RegionCode, row.GetProperty("regionCode").GetString());
        Assert.Equal($"{DateTime.UtcNow:yyyy-MM}", row.GetProperty("period").GetString());
        Assert.Equal(1, row.GetProperty("resolved").GetInt32());
        Assert.Equal(1, stats.GetProperty("resolvedCounted").GetInt32());
        Assert.InRange(stats.GetProperty("medianDaysToResolve").GetDouble(), 0, 0.1);
        Assert.Equal(2, stats.GetProperty("dueInWindow").GetInt32());
        Assert.Equal(0, stats.GetProperty("overdueInWindow").GetInt32());
        Assert.Equal(0, stats.GetProperty("overdueRate").GetDouble());
        Assert.Contains("overdueRate", stats.GetProperty("rule").GetString(), StringComparison.Ordinal);

        var reversed = await api.GetProblemAsync($"{ProblemsApi.Path}/statistics?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}");
        Assert.True(reversed.GetProperty("errors").TryGetProperty("from", out _), reversed.ToString());
        Assert.Equal(2 + 2 + 2, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.MessageType.Contains("Problem"))));
    }

    [SkippableFact]
    public async Task Upsert_by_external_reference_raises_once_answers_unchanged_and_refuses_other_content_or_a_stale_ETag()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(ProblemsApi.Raiser);
        var body = ProblemsApi.RaiseBody();

        using var created = await yulin.PutJsonAsync($"{ProblemsApi.Path}/by-ref/YL-REF-1", body);
        var first = await created.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = first.GetProperty("problem").GetProperty("id").GetGuid();
        Assert.Equal(("Created", $"{ProblemsApi.Path}/{id}", "\"v1\""), (first.GetProperty("outcome").GetString(), created.Headers.Location?.ToString(), created.Headers.ETag?.Tag));
        Assert.Equal("YL-REF-1", first.GetProperty("problem").GetProperty("externalReference").GetString());

        var again = await (await yulin.PutJsonAsync($"{ProblemsApi.Path}/by-ref/YL-REF-1", body)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Unchanged", id), (again.GetProperty("outcome").GetString(), again.GetProperty("problem").GetProperty("id").GetGuid()));
        var unversioned = await (await yulin.PutJsonAsync($"{ProblemsApi.Path}/by-ref/YL-REF-1", ProblemsApi.RaiseBody(title: "另一个问题"))).ReadProblemAsync((HttpStatusCode)428);
        Assert.Equal("precondition-required", unversioned.GetProperty("code").GetString());
        using var changeRequest = new HttpRequestMessage(HttpMethod.Put, $"{ProblemsApi.Path}/by-ref/YL-REF-1") { Content = JsonContent.Create(ProblemsApi.RaiseBody(title: "另一个问题")) };
        changeRequest.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        var changed = await (await yulin.SendAsync(changeRequest)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("problem.content-fixed", changed.GetProperty("code").GetString());
        using var staleRequest = new HttpRequestMessage(HttpMethod.Put, $"{ProblemsApi.Path}/by-ref/YL-REF-1") { Content = JsonContent.Create(body) };
        staleRequest.Headers.TryAddWithoutValidation("If-Match", "\"v9\"");
        await (await yulin.SendAsync(staleRequest)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        var mismatch = await (await yulin.PutJsonAsync($"{ProblemsApi.Path}/by-ref/YL-REF-2", ProblemsApi.RaiseBody(externalReference: "YL-REF-3"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(mismatch.GetProperty("errors").TryGetProperty("ExternalReference", out _), mismatch.ToString());
        await (await yulin.PutJsonAsync($"{ProblemsApi.Path}/by-ref/YL-REF-4", new { title = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(1, await host.QueryAsync<ListsDbContext, int>(db => db.Problems.CountAsync()));
    }
}
