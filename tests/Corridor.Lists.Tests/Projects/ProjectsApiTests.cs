using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Projects;

/// <summary>A three-region project over REST on real SQLite and RabbitMQ, from draft to completion, with every refusal on the way.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProjectsApiTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Drafting_review_with_a_send_back_and_an_edit_under_review_then_execution_to_completion()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var sentBack = await EventProbe.ListenAsync<ProjectChangesRequested>(vhost);
        await using var voided = await EventProbe.ListenAsync<ProjectApprovalsVoided>(vhost);
        await using var approvedEvents = await EventProbe.ListenAsync<ProjectApproved>(vhost);
        await using var completedEvents = await EventProbe.ListenAsync<ProjectCompleted>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        var api = new ProjectsApi(host);
        var yulin = TestTokens.Member(DemoOrgans.Yulin);
        var zhaoqing = TestTokens.Member(DemoOrgans.Zhaoqing);
        var partners = new[] { DemoOrgans.Zhaoqing, DemoOrgans.Zhanjiang };

        // Drafting: revisions, If-Match, the pen, the diff.
        var draft = await api.CreateAsync(DemoOrgans.Yulin, ProjectsApi.Content("玉林—肇庆—湛江 产业协作", partners));
        var id = draft.GetProperty("id").GetGuid();
        var path = $"{ProjectsApi.Path}/{id}";
        Assert.Equal(880000.50m, draft.GetProperty("budget").GetDecimal());
        Assert.Equal(88000050, draft.GetProperty("budgetFen").GetInt64());
        Assert.Equal("450900", draft.GetProperty("penHolderRegionCode").GetString());
        Assert.Equal(2, draft.GetProperty("milestones").GetArrayLength());

        using (var edited = await api.SendAsync(HttpMethod.Put, path, yulin, ProjectsApi.Content("玉林—肇庆—湛江 产业协作", partners, budget: 1_000_000m), ProjectsApi.ETag(1)))
        {
            var body = await edited.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal(2, body.GetProperty("revision").GetInt32());
            Assert.Equal("\"v2\"", edited.Headers.ETag?.Tag);
        }

        var stale = await (await api.SendAsync(HttpMethod.Put, path, yulin, ProjectsApi.Content("旧副本", partners), ProjectsApi.ETag(1))).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-version", stale.GetProperty("code").GetString());
        var notPen = await (await api.SendAsync(HttpMethod.Put, path, zhaoqing, ProjectsApi.Content("肇庆改", partners), ProjectsApi.ETag(2))).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("project.not-pen-holder", notPen.GetProperty("code").GetString());
        await api.PostOkAsync($"{path}/pen", yulin, new { regionCode = "441200" });
        await (await api.SendAsync(HttpMethod.Put, path, zhaoqing, ProjectsApi.Content("玉林—肇庆—湛江 产业协作", partners, budget: 1_000_000m, description: "肇庆补充：共建产业园"), await api.CurrentETagAsync(path))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await api.PostOkAsync($"{path}/pen", zhaoqing, new { regionCode = "450900" });

        var diff = await api.GetAsync($"{path}/diff?from=1&to=3");
        Assert.Equal(
            [("budget", "880000.50", "1000000.00"), ("description", "联合推动产业转移承接", "肇庆补充：共建产业园")],
            diff.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("field").GetString(), c.GetProperty("before").GetString(), c.GetProperty("after").GetString())).OrderBy(c => c.Item1));
        var revisions = await api.GetAsync($"{path}/revisions");
        Assert.Equal([1, 2, 3], revisions.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal("441200", revisions[2].GetProperty("savedByRegionCode").GetString());
        Assert.Equal(880000.50m, (await api.GetAsync($"{path}/revisions/1")).GetProperty("content").GetProperty("budgetFen").GetInt64() / 100m);
        await (await api.SendAsync(HttpMethod.Get, $"{path}/diff?from=1&to=9", yulin)).ReadProblemAsync(HttpStatusCode.BadRequest);

        // Review round 1 at revision 3: sent back by Zhanjiang.
        var submitted = await api.PostOkAsync($"{path}/submit", yulin);
        Assert.Equal(["coordinator:440800", "coordinator:441200", "coordinator:450900", "secretariat"], ListsHost.Strings(submitted.GetProperty("pendingApprovals")));
        Assert.NotEqual(JsonValueKind.Null, submitted.GetProperty("reviewDueAt").ValueKind);
        var queue = await api.GetAsync($"{ProjectsApi.Path}/review-queue", TestTokens.Coordinator(DemoOrgans.Zhaoqing));
        Assert.Contains(queue.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        Assert.Empty((await api.GetAsync($"{ProjectsApi.Path}/review-queue", TestTokens.Coordinator(DemoOrgans.Hezhou))).EnumerateArray());
        await api.PostOkAsync($"{path}/approvals", TestTokens.Coordinator(DemoOrgans.Zhaoqing), new { revision = 3 });
        Assert.Empty((await api.GetAsync($"{ProjectsApi.Path}/review-queue", TestTokens.Coordinator(DemoOrgans.Zhaoqing))).EnumerateArray());
        var noComments = await (await api.SendAsync(HttpMethod.Post, $"{path}/send-back", TestTokens.Coordinator(DemoOrgans.Zhanjiang), new { revision = 3 })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noComments.GetProperty("errors").TryGetProperty("Comments", out _));
        var back = await api.PostOkAsync($"{path}/send-back", TestTokens.Coordinator(DemoOrgans.Zhanjiang), new { revision = 3, comments = "请明确湛江港的分工" });
        Assert.Equal("ChangesRequested", back.GetProperty("status").GetString());
        Assert.True(back.GetProperty("approvals")[0].GetProperty("voided").GetBoolean());
        await sentBack.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == id && m.GetProperty("party").GetString() == "coordinator:440800", EventTimeout, "ProjectChangesRequested is published");

        // Round 2 at revision 4; an edit under review makes revision 5 (round 3) and voids Zhaoqing's approval.
        await (await api.SendAsync(HttpMethod.Put, path, yulin, ProjectsApi.Content("玉林—肇庆—湛江 产业协作", partners, budget: 1_000_000m, description: "湛江港负责海运组织"), await api.CurrentETagAsync(path))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await api.PostOkAsync($"{path}/submit", yulin);
        await api.PostOkAsync($"{path}/approvals", TestTokens.Coordinator(DemoOrgans.Zhaoqing), new { revision = 4 });
        var underReview = await (await api.SendAsync(HttpMethod.Put, path, yulin, ProjectsApi.Content("玉林—肇庆—湛江 产业协作", partners, budget: 1_200_000m, description: "湛江港负责海运组织"), await api.CurrentETagAsync(path))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Submitted", 5, 4), (underReview.GetProperty("status").GetString(), underReview.GetProperty("revision").GetInt32(), underReview.GetProperty("pendingApprovals").GetArrayLength()));
        var notice = await voided.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == id, EventTimeout, "ProjectApprovalsVoided notices the approvers");
        Assert.Equal(["coordinator:441200"], ListsHost.Strings(notice.Message.GetProperty("voidedParties")));
        Assert.Equal(4, notice.Message.GetProperty("notifiedParties").GetArrayLength());

        var staleRevision = await (await api.SendAsync(HttpMethod.Post, $"{path}/approvals", TestTokens.Coordinator(DemoOrgans.Zhaoqing), new { revision = 4 })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("review.stale-revision", staleRevision.GetProperty("code").GetString());
        await api.PostOkAsync($"{path}/approvals", TestTokens.Coordinator(DemoOrgans.Zhaoqing), new { revision = 5 });
        await api.PostOkAsync($"{path}/approvals", TestTokens.Coordinator(DemoOrgans.Zhanjiang), new { revision = 5 });
        var noReason = await (await api.SendAsync(HttpMethod.Post, $"{path}/approvals", TestTokens.Secretariat(), new { revision = 5, onBehalfOfRegion = "450900" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("Reason", out _));
        var onBehalf = await api.PostOkAsync($"{path}/approvals", TestTokens.Secretariat(), new { revision = 5, onBehalfOfRegion = "450900", reason = "玉林协调员病假，书面意见已存档" });
        var marked = onBehalf.GetProperty("approvals").EnumerateArray().Single(a => a.GetProperty("party").GetString() == "coordinator:450900");
        Assert.True(marked.GetProperty("onBehalf").GetBoolean());
        var approved = await api.PostOkAsync($"{path}/approvals", TestTokens.Secretariat(), new { revision = 5 });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        var published = await approvedEvents.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == id, EventTimeout, "ProjectApproved is published");
        Assert.Equal(5, published.Message.GetProperty("revision").GetInt32());
        Assert.Equal(["440800", "441200", "450900"], ListsHost.Strings(published.Message.GetProperty("participatingRegionCodes")).Order(StringComparer.Ordinal));

        // Execution.
        await api.PostOkAsync($"{path}/start", yulin, new { startedOn = "2026-06-01" });
        var progressed = await api.PostOkAsync($"{path}/milestones/1/progress", TestTokens.Member(DemoOrgans.Zhanjiang), new { percent = 100, note = "备忘录已签署" });
        Assert.Equal(100, progressed.GetProperty("milestones")[0].GetProperty("percent").GetInt32());
        var badPercent = await (await api.SendAsync(HttpMethod.Post, $"{path}/milestones/1/progress", yulin, new { percent = 101 })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badPercent.GetProperty("errors").TryGetProperty("Percent", out _));
        var completed = await api.PostOkAsync($"{path}/complete", yulin, new { completedOn = "2027-05-20" });
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        var done = await completedEvents.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == id, EventTimeout, "ProjectCompleted is published");
        Assert.Equal("2027-05-20", done.Message.GetProperty("completedOn").GetString());

        // The audit trail names who did what to which revision.
        var history = await api.GetAsync($"{path}/history");
        Assert.Equal(
            ["draft", "edit", "hand-pen", "edit", "hand-pen", "submit", "approve", "request-changes", "edit", "submit", "approve", "edit", "approve", "approve", "approve-on-behalf", "approve", "start-execution", "milestone", "complete"],
            history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        var sendBack = history.EnumerateArray().Single(h => h.GetProperty("action").GetString() == "request-changes");
        Assert.Equal(("Submitted", "ChangesRequested", 3), (sendBack.GetProperty("from").GetString(), sendBack.GetProperty("to").GetString(), sendBack.GetProperty("revision").GetInt32()));
        Assert.Contains("请明确湛江港的分工", sendBack.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(DemoOrgans.Zhanjiang.Id, sendBack.GetProperty("byOrganId").GetString());
        Assert.Equal(
            history.GetArrayLength(),
            await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.MessageType.StartsWith("Corridor.Contracts.Events.Project"))) - 2);
    }

    [SkippableFact]
    public async Task Lists_filters_page_with_a_cursor_and_statistics_count_by_region_and_status()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProjectsApi(host);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var partners = i % 2 == 0 ? new[] { DemoOrgans.Zhaoqing } : new[] { DemoOrgans.Zhanjiang, DemoOrgans.Guangdong };
            ids.Add((await api.CreateAsync(DemoOrgans.Yulin, ProjectsApi.Content($"项目{i}", partners, budget: 100.25m * (i + 1)))).GetProperty("id").GetGuid());
        }

        await api.CreateAsync(DemoOrgans.Qinzhou, ProjectsApi.Content("钦州港项目", [DemoOrgans.Zhanjiang], budget: null));
        await api.PostOkAsync($"{ProjectsApi.Path}/{ids[0]}/submit", TestTokens.Member(DemoOrgans.Yulin));

        var page1 = await api.GetAsync($"{ProjectsApi.Path}?region=450900&limit=2");
        var page2 = await api.GetAsync($"{ProjectsApi.Path}?region=450900&limit=2&cursor={page1.GetProperty("nextCursor").GetString()}");
        var page3 = await api.GetAsync($"{ProjectsApi.Path}?region=450900&limit=2&cursor={page2.GetProperty("nextCursor").GetString()}");
        Assert.Equal(ids, new[] { page1, page2, page3 }.SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, page3.GetProperty("nextCursor").ValueKind);
        Assert.Equal(3, (await api.GetAsync($"{ProjectsApi.Path}?region=440800")).GetProperty("items").GetArrayLength());
        var submitted = await api.GetAsync($"{ProjectsApi.Path}?status=Submitted&category=IndustrialCooperation");
        Assert.Equal(ids[0], Assert.Single(submitted.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var bad = await (await api.SendAsync(HttpMethod.Get, $"{ProjectsApi.Path}?status=Sleeping&limit=0&cursor=xyz", TestTokens.Member(DemoOrgans.Yulin))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("Status", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("Limit", out _));

        var statistics = await api.GetAsync($"{ProjectsApi.Path}/statistics");
        Assert.Equal(6, statistics.GetProperty("projects").GetInt32());
        var byLead = statistics.GetProperty("byLeadRegion").EnumerateArray()
            .ToDictionary(r => (r.GetProperty("regionCode").GetString(), r.GetProperty("status").GetString()), r => (r.GetProperty("projects").GetInt32(), r.GetProperty("budget").GetDecimal()));
        Assert.Equal((4, 100.25m * (2 + 3 + 4 + 5)), byLead[("450900", "Draft")]);
        Assert.Equal((1, 100.25m), byLead[("450900", "Submitted")]);
        Assert.Equal((1, 0m), byLead[("450700", "Draft")]);
        var byParticipant = statistics.GetProperty("byParticipatingRegion").EnumerateArray()
            .ToDictionary(r => (r.GetProperty("regionCode").GetString(), r.GetProperty("status").GetString()), r => r.GetProperty("projects").GetInt32());
        Assert.Equal(3, byParticipant[("440800", "Draft")]);
        Assert.Equal(2, byParticipant[("440000", "Draft")]);
        Assert.Equal(1, byParticipant[("441200", "Submitted")]);
        Assert.Equal(2, byParticipant[("441200", "Draft")]);
        Assert.Contains("once under every region taking part", statistics.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_create_repeated_with_the_same_Idempotency_Key_replays_the_answer_and_stores_one_project()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        async Task<HttpResponseMessage> PostAsync(string title)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, ProjectsApi.Path) { Content = JsonContent.Create(ProjectsApi.Content(title, [DemoOrgans.Zhaoqing])) };
            request.Headers.Add("Idempotency-Key", "yulin-2026-001");
            return await yulin.SendAsync(request);
        }

        var first = await (await PostAsync("玉林—肇庆 产业协作")).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        using var again = await PostAsync("玉林—肇庆 产业协作");
        var replayed = await again.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());
        var reused = await (await PostAsync("另一个项目")).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("idempotency.key-reused", reused.GetProperty("code").GetString());
        Assert.Equal(1, await host.QueryAsync<ListsDbContext, int>(db => db.Projects.CountAsync()));
        Assert.Equal(1, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.MessageType == typeof(ProjectDrafted).FullName)));
    }
}
