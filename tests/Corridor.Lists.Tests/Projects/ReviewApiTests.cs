using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Projects;

/// <summary>The joint review over the REST API of one Lists host, on real SQLite and RabbitMQ.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ReviewApiTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task The_whole_review_approves_the_project_and_publishes_ProjectApproved_exactly_once()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var approvedEvents = await EventProbe.ListenAsync<ProjectApproved>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        using var create = await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(DemoOrgans.Zhaoqing));
        var draft = await create.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal(DemoOrgans.Yulin.Id, draft.GetProperty("leadOrganId").GetString());
        Assert.Equal("\"v1\"", create.Headers.ETag?.Tag);
        Assert.Empty(draft.GetProperty("pendingApprovals").EnumerateArray());

        var submitted = await (await yulin.PostAsync($"{ListsHost.Path}/{id}/submit", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        Assert.Equal(["coordinator:441200", "coordinator:450900", "secretariat"], ListsHost.Strings(submitted.GetProperty("pendingApprovals")));

        var afterPartner = await ListsHost.ApprovedAsync(host, id, TestTokens.Coordinator(DemoOrgans.Zhaoqing));
        Assert.Equal(["coordinator:450900", "secretariat"], ListsHost.Strings(afterPartner.GetProperty("pendingApprovals")));
        var afterSecretariat = await ListsHost.ApprovedAsync(host, id, TestTokens.Secretariat());
        Assert.Equal("Submitted", afterSecretariat.GetProperty("status").GetString());
        Assert.Equal(["coordinator:450900"], ListsHost.Strings(afterSecretariat.GetProperty("pendingApprovals")));

        using var last = await ListsHost.ApproveAsync(host, id, TestTokens.Coordinator(DemoOrgans.Yulin), ifMatch: "\"v4\"");
        var approved = await last.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(5, approved.GetProperty("version").GetInt64());
        Assert.Equal("\"v5\"", last.Headers.ETag?.Tag);
        Assert.NotEqual(JsonValueKind.Null, approved.GetProperty("approvedAt").ValueKind);
        Assert.Equal(3, approved.GetProperty("approvals").GetArrayLength());
        Assert.Empty(approved.GetProperty("pendingApprovals").EnumerateArray());

        var published = await approvedEvents.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == id, EventTimeout, "ProjectApproved is published");
        Assert.Equal(1, published.Message.GetProperty("revision").GetInt32());
        Assert.Equal(5, published.Message.GetProperty("aggregateVersion").GetInt64());
        Assert.Equal(DemoOrgans.Yulin.RegionCode, published.Message.GetProperty("leadRegionCode").GetString());
        Assert.Equal(JsonValueKind.Null, published.Message.GetProperty("agreementId").ValueKind);

        // Once every row is dispatched (confirmed by the broker), any second copy is already queued ahead of the probe's marker.
        await OutboxDrain.WaitAsync<ListsServiceMarker, ListsDbContext>(host, EventTimeout);
        Assert.Single(await approvedEvents.DrainAsync(EventTimeout), e => e.Message.GetProperty("projectId").GetGuid() == id);
        var outbox = await host.QueryAsync<ListsDbContext, List<OutboxMessage>>(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(published.MessageId, Assert.Single(outbox, m => m.MessageType == typeof(ProjectApproved).FullName).MessageId);
        Assert.Equal(3, outbox.Count(m => m.MessageType == typeof(ProjectApprovalRecorded).FullName));
    }

    [SkippableFact]
    public async Task With_the_secretariat_switched_off_in_configuration_the_coordinators_approve_alone()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var approvedEvents = await EventProbe.ListenAsync<ProjectApproved>(vhost);
        await using var host = await ListsHost.StartAsync(vhost, settings: new Dictionary<string, string?> { ["Review:RequireSecretariat"] = "false" });
        var id = await ListsHost.SubmittedAsync(host, DemoOrgans.Qinzhou, DemoOrgans.Zhanjiang);

        var refused = await (await ListsHost.ApproveAsync(host, id, TestTokens.Secretariat())).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("review.not-a-reviewer", refused.GetProperty("code").GetString());
        var first = await ListsHost.ApprovedAsync(host, id, TestTokens.Coordinator(DemoOrgans.Qinzhou));
        Assert.Equal(["coordinator:440800"], ListsHost.Strings(first.GetProperty("pendingApprovals")));
        var approved = await ListsHost.ApprovedAsync(host, id, TestTokens.Coordinator(DemoOrgans.Zhanjiang));

        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        await approvedEvents.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == id, EventTimeout, "ProjectApproved is published");
    }

    [SkippableFact]
    public async Task Review_refusals_are_answered_with_their_status_and_code_and_change_nothing()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var draft = await ListsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        var notSubmitted = await (await ListsHost.ApproveAsync(host, draft, TestTokens.Coordinator(DemoOrgans.Yulin))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("review.not-submitted", notSubmitted.GetProperty("code").GetString());
        using (var zhaoqing = host.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Zhaoqing)))
        {
            var notPenHolder = await (await zhaoqing.PostAsync($"{ListsHost.Path}/{draft}/submit", null)).ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("project.not-pen-holder", notPenHolder.GetProperty("code").GetString());
        }

        var id = await ListsHost.SubmittedAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        await ListsHost.ApprovedAsync(host, id, TestTokens.Coordinator(DemoOrgans.Zhaoqing));

        var stale = await (await ListsHost.ApproveAsync(host, id, TestTokens.Coordinator(DemoOrgans.Yulin), revision: 2)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("review.stale-revision", stale.GetProperty("code").GetString());
        var otherRegion = await (await ListsHost.ApproveAsync(host, id, TestTokens.Coordinator(DemoOrgans.Hezhou))).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("review.not-a-reviewer", otherRegion.GetProperty("code").GetString());
        // A plain member is turned away by the endpoint's reviewer policy before the domain rule is asked.
        await (await ListsHost.ApproveAsync(host, id, TestTokens.Member(DemoOrgans.Yulin))).ReadProblemAsync(HttpStatusCode.Forbidden);
        var twice = await (await ListsHost.ApproveAsync(host, id, TestTokens.Coordinator(DemoOrgans.Zhaoqing))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("review.already-approved", twice.GetProperty("code").GetString());
        var staleETag = await (await ListsHost.ApproveAsync(host, id, TestTokens.Coordinator(DemoOrgans.Yulin), ifMatch: "\"v2\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-version", staleETag.GetProperty("code").GetString());
        var noRevision = await (await ListsHost.ApproveAsync(host, id, TestTokens.Coordinator(DemoOrgans.Yulin), revision: null)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noRevision.GetProperty("errors").TryGetProperty("Revision", out _), noRevision.ToString());
        var unknown = await (await ListsHost.ApproveAsync(host, Guid.NewGuid(), TestTokens.Coordinator(DemoOrgans.Yulin))).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("not-found", unknown.GetProperty("code").GetString());

        using var reader = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var get = await reader.GetAsync($"{ListsHost.Path}/{id}");
        var current = await get.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Submitted", current.GetProperty("status").GetString());
        Assert.Equal(3, current.GetProperty("version").GetInt64());
        Assert.Equal("\"v3\"", get.Headers.ETag?.Tag);
        Assert.Equal(["coordinator:441200"], current.GetProperty("approvals").EnumerateArray().Select(a => a.GetProperty("party").GetString()));
        var recorded = await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.MessageType == typeof(ProjectApprovalRecorded).FullName));
        Assert.Equal(1, recorded);
    }

    /// <summary>
    /// Was 500 before 4311579: the validator ran Must(p => p!.Count ...) on a missing list, and let a
    /// null element through to the handler, which dereferenced it.
    /// </summary>
    [SkippableTheory]
    [InlineData("""{"title":"项目"}""")]
    [InlineData("""{"title":"项目","partners":[null]}""")]
    public async Task A_missing_or_null_partner_list_is_400_naming_the_field(string body)
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        using var response = await yulin.PostAsync(ListsHost.Path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("Partners", StringComparison.Ordinal));
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.Projects.CountAsync()));
    }

    /// <summary>
    /// Fails since 4311579 (bug in the service): only Partners[0] is named. CreateProjectValidator's
    /// RuleForEach(r => r.Partners).Cascade(CascadeMode.Stop) stops at the first failing item, so the
    /// later invalid partners are not validated (FluentValidation issue #2234).
    /// </summary>
    [SkippableFact]
    public async Task Every_invalid_partner_is_named_not_only_the_first()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var problem = await (await yulin.PostJsonAsync(ListsHost.Path, new
        {
            title = "项目",
            partners = new[] { new { organId = "91440000IOIOIOIOIO", regionCode = "441200" }, new { organId = DemoOrgans.Hezhou.Id, regionCode = "000000" } },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Partners[0].OrganId", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("Partners[1].RegionCode", out _), errors.ToString());
    }

    [SkippableFact]
    public async Task An_invalid_project_is_400_naming_the_field_and_a_request_without_a_token_401()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var badPartner = await (await yulin.PostJsonAsync(ListsHost.Path, new
        {
            title = "项目",
            partners = new[] { new { organId = DemoOrgans.Zhaoqing.Id, regionCode = "441200" }, new { organId = "91440000IOIOIOIOIO", regionCode = "440800" } },
        })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = badPartner.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Partners[1].OrganId", out _), errors.ToString());
        Assert.False(errors.TryGetProperty("Partners[1].RegionCode", out _), errors.ToString());
        Assert.False(errors.TryGetProperty("Partners[0].OrganId", out _), errors.ToString());

        var noPartner = await (await yulin.PostJsonAsync(ListsHost.Path, new { title = "项目", partners = Array.Empty<object>() })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noPartner.GetProperty("errors").TryGetProperty("Partners", out _), noPartner.ToString());

        var samePartnerRegion = await (await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(DemoOrgans.Yulin))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("project.partner-same-region", samePartnerRegion.GetProperty("code").GetString());

        using var anonymous = new HttpClient { BaseAddress = host.RestAddress };
        using var refused = await anonymous.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(DemoOrgans.Zhaoqing));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.Projects.CountAsync()));
    }
}
