using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Lifecycle;
using Corridor.Contracts.Events;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>Suspension, resumption, termination and the scheduled expiry over REST, real SQLite and real RabbitMQ.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementLifecycleRestTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);
    private static readonly string Sha = new('c', 64);

    [SkippableFact]
    public async Task Suspend_resume_and_terminate_publish_their_events_and_the_history_tells_who_when_from_to_and_why()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var suspended = await EventProbe.ListenAsync<AgreementSuspended>(vhost);
        await using var resumed = await EventProbe.ListenAsync<AgreementResumed>(vhost);
        await using var terminated = await EventProbe.ListenAsync<AgreementTerminated>(vhost);
        await using var host = await AgreementsHost.StartAsync(vhost);
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        using var hezhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));
        var path = $"{AgreementsHost.Path}/{id}";

        var outsider = await (await hezhou.PostJsonAsync(path + "/suspend", new { reason = "无关单位" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("agreement.not-a-party", outsider.GetProperty("code").GetString());
        var noReason = await (await yulin.PostJsonAsync(path + "/suspend", new { reason = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("Reason", out _));

        var paused = await (await yulin.PostJsonAsync(path + "/suspend", new { reason = "机构改革期间暂停" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Suspended", paused.GetProperty("status").GetString());
        var event1 = await suspended.WaitForAsync(m => m.GetProperty("agreementId").GetGuid() == id, EventTimeout, "AgreementSuspended is published");
        Assert.Equal("机构改革期间暂停", event1.Message.GetProperty("reason").GetString());

        await (await zhaoqing.PostJsonAsync(path + "/resume", new { note = "改革完成" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await resumed.WaitForAsync(m => m.GetProperty("agreementId").GetGuid() == id, EventTimeout, "AgreementResumed is published");

        var noDocument = await (await yulin.PostJsonAsync(path + "/terminate", new { reason = "合并" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noDocument.GetProperty("errors").TryGetProperty("Document", out _));
        using var stale = new HttpRequestMessage(HttpMethod.Post, path + "/terminate") { Content = JsonContent.Create(new { reason = "合并", document = new { sha256 = Sha, location = "oa://x" } }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"v4\""));
        await (await yulin.SendAsync(stale)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);

        var ended = await (await yulin.PostJsonAsync(path + "/terminate", new
        {
            reason = "两市协作纳入新的区域合作机制",
            document = new { sha256 = Sha, location = "oa://yulin/2026/17.pdf" },
        })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Terminated", ended.GetProperty("status").GetString());
        Assert.Equal("oa://yulin/2026/17.pdf", ended.GetProperty("terminationDocument").GetProperty("location").GetString());
        var event3 = await terminated.WaitForAsync(m => m.GetProperty("agreementId").GetGuid() == id, EventTimeout, "AgreementTerminated is published");
        Assert.Equal("oa://yulin/2026/17.pdf", event3.Message.GetProperty("documentReference").GetString());

        var history = await (await hezhou.GetAsync(path + "/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(
            ["draft", "propose", "sign", "sign", "suspend", "resume", "terminate"],
            history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        var suspendLine = history.EnumerateArray().Single(h => h.GetProperty("action").GetString() == "suspend");
        Assert.Equal(("Active", "Suspended", DemoOrgans.Yulin.Id, "机构改革期间暂停"), (
            suspendLine.GetProperty("from").GetString(), suspendLine.GetProperty("to").GetString(),
            suspendLine.GetProperty("byOrganId").GetString(), suspendLine.GetProperty("note").GetString()));
        Assert.NotEqual(JsonValueKind.Null, suspendLine.GetProperty("at").ValueKind);
    }

    [SkippableFact]
    public async Task Signing_for_another_party_is_403_and_a_second_overlapping_pairing_is_409()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var first = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var second = await AgreementsHost.CreateAsync(host, DemoOrgans.Zhaoqing, DemoOrgans.Zhaoqing, DemoOrgans.Yulin);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var overlap = await (await yulin.PostAsync($"{AgreementsHost.Path}/{second}/propose", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("agreement.pairing-overlap", overlap.GetProperty("code").GetString());
        Assert.Contains(first.ToString(), overlap.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var third = await AgreementsHost.CreateAsync(host, DemoOrgans.Hezhou, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang);
        using var hezhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));
        await (await hezhou.PostAsync($"{AgreementsHost.Path}/{third}/propose", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var forAnother = await (await hezhou.PostJsonAsync($"{AgreementsHost.Path}/{third}/signatures", new { signatory = "王强", organId = DemoOrgans.Zhanjiang.Id }))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("agreement.signing-for-another-party", forAnother.GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task A_party_revises_the_draft_with_If_Match_and_the_new_plan_replaces_the_old_one()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        object Body(params object[] plans) => new
        {
            kind = "PairingAgreement",
            title = "玉林–肇庆机关党建合作协议",
            parties = new[] { AgreementsHost.Party(DemoOrgans.Yulin), AgreementsHost.Party(DemoOrgans.Zhaoqing) },
            termStart = "2026-01-01",
            termEnd = "2028-12-31",
            plans,
        };
        var created = await (await yulin.PostJsonAsync(AgreementsHost.Path, Body(
            new { year = 2026, area = "JointStudy", planned = 4 }, new { year = 2026, area = "JointWork", planned = 2 }))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var path = $"{AgreementsHost.Path}/{created.GetProperty("id").GetGuid()}";

        using var revise = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(Body(new { year = 2026, area = "JointStudy", planned = 6, goal = "双月联学" })) };
        revise.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"v1\""));
        await (await zhaoqing.SendAsync(revise)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        var stored = await (await yulin.GetAsync(path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var plan = Assert.Single(stored.GetProperty("plans").EnumerateArray());
        Assert.Equal((6, "双月联学"), (plan.GetProperty("planned").GetInt32(), plan.GetProperty("goal").GetString()));
        Assert.Equal(2, stored.GetProperty("version").GetInt64());
        using var outOfTermRequest = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(Body(new { year = 2030, area = "JointStudy", planned = 1 })) };
        outOfTermRequest.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"v2\""));
        var outOfTerm = await (await yulin.SendAsync(outOfTermRequest)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("agreement.plan-outside-term", outOfTerm.GetProperty("code").GetString());
    }

    /// <summary>
    /// Two replicas (two hosts, one SQLite file, one vhost) run the lifecycle job every 200 ms: the agreement whose
    /// term ended expires once, with one AgreementExpired (one outbox row, one message id on the broker).
    /// </summary>
    [SkippableFact]
    public async Task The_scheduled_job_expires_an_agreement_once_with_two_replicas_on_one_database()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var expired = await EventProbe.ListenAsync<AgreementExpired>(vhost);
        await using var shared = new SqliteTestDatabase("agreements-replicas");
        var settings = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = shared.ConnectionString,
            ["Agreements:Lifecycle:Interval"] = "00:00:00.200",
        };
        await using var first = new ServiceHost<AgreementsServiceMarker>("agreements-a", vhost, settings);
        await first.StartAsync();
        await using var second = new ServiceHost<AgreementsServiceMarker>("agreements-b", vhost, settings);
        await second.StartAsync();

        var past = new DateTime(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var ended = Agreement.Draft(
            TestAgreements.Member(DemoOrgans.Hezhou),
            TestAgreements.Content([TestAgreements.Party(DemoOrgans.Hezhou), TestAgreements.Party(DemoOrgans.Zhanjiang)], new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)),
            past);
        ended.Propose(TestAgreements.Member(DemoOrgans.Hezhou), [], past);
        ended.Sign(TestAgreements.Member(DemoOrgans.Hezhou), DemoOrgans.Hezhou.Id, "王强", [], past);
        ended.Sign(TestAgreements.Member(DemoOrgans.Zhanjiang), DemoOrgans.Zhanjiang.Id, "陈静", [], past);
        await first.QueryAsync<AgreementsDbContext, int>(db =>
        {
            db.Agreements.Add(ended);
            return db.SaveChangesAsync();
        });

        var published = await expired.WaitForAsync(m => m.GetProperty("agreementId").GetGuid() == ended.Id, EventTimeout, "AgreementExpired is published");
        Assert.Equal("2025-12-31", published.Message.GetProperty("termEnded").GetString());

        // More rounds on both replicas expire nothing again; then every copy ever published is queued ahead of the probe's marker.
        foreach (var replica in new[] { first, second, first, second })
        {
            await using var scope = replica.Services.CreateAsyncScope();
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<AgreementLifecycle>().RunOnceAsync(CancellationToken.None)).Expired);
        }

        await OutboxDrain.WaitAsync<AgreementsServiceMarker, AgreementsDbContext>(first, EventTimeout);
        var rows = await second.QueryAsync<AgreementsDbContext, List<string>>(db =>
            db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == "Corridor.Contracts.Events.AgreementExpired").Select(m => m.Payload).ToListAsync());
        Assert.Single(rows);
        var messageIds = (await expired.DrainAsync(EventTimeout)).Where(e => e.Message.GetProperty("agreementId").GetGuid() == ended.Id).Select(e => e.MessageId).Distinct();
        Assert.Single(messageIds);
        var stored = await second.QueryAsync<AgreementsDbContext, Agreement>(db => db.Agreements.AsNoTracking().SingleAsync(a => a.Id == ended.Id));
        Assert.Equal(AgreementStatus.Expired, stored.Status);
        Assert.Single(stored.History, h => h.Action == "expire");
    }
}
