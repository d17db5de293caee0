using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Agreements.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>
/// Idempotent writes over REST: If-Match required on every update, upserts by the region's external reference,
/// and Idempotency-Key on every create.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class IdempotentWritesRestTests(SharedRabbitMq rabbitMq)
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    [SkippableFact]
    public async Task Every_update_needs_If_Match_428_without_412_when_stale_and_200_with_the_current_ETag()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var draftId = await AgreementsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var activeId = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Hezhou);
        await (await yulin.PutAsJsonAsync($"{AgreementsHost.Path}/by-ref/YL-UPD-1", AgreementBody("玉林–钦州协作方案", DemoOrgans.Yulin, DemoOrgans.Qinzhou))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        await (await yulin.PutAsJsonAsync($"{AgreementsHost.Path}/{activeId}/activities/by-ref/YL-ACT-UPD", ActivityBody(20))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var updates = new (string Path, object Body)[]
        {
            ($"{AgreementsHost.Path}/{draftId}", AgreementBody("玉林–肇庆机关党建合作协议（修订）", DemoOrgans.Yulin, DemoOrgans.Zhaoqing)),
            ($"{AgreementsHost.Path}/by-ref/YL-UPD-1", AgreementBody("玉林–钦州协作方案（修订）", DemoOrgans.Yulin, DemoOrgans.Qinzhou)),
            ($"{AgreementsHost.Path}/{activeId}/activities/by-ref/YL-ACT-UPD", ActivityBody(25)),
        };

        foreach (var (path, body) in updates)
        {
            var missing = await (await yulin.SendAsync(Put(path, body, ifMatch: null))).ReadProblemAsync((HttpStatusCode)428);
            Assert.Equal("precondition-required", missing.GetProperty("code").GetString());
            await (await yulin.SendAsync(Put(path, body, "\"v9\""))).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
            using var updated = await yulin.SendAsync(Put(path, body, "\"v1\""));
            await updated.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal("\"v2\"", AgreementsHost.ETagOf(updated));
        }

        var activities = await (await yulin.GetAsync($"{AgreementsHost.Path}/{activeId}/activities")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var activity = Assert.Single(activities.GetProperty("items").EnumerateArray());
        using var read = await yulin.GetAsync($"{AgreementsHost.Path}/{activeId}/activities/{activity.GetProperty("id").GetGuid()}");
        Assert.Equal((25, 2L), ((await read.ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("participantCount").GetInt32(), activity.GetProperty("version").GetInt64()));
        Assert.Equal("\"v2\"", AgreementsHost.ETagOf(read));
    }

    [SkippableFact]
    public async Task An_agreement_upserted_by_reference_is_drafted_unchanged_revised_and_fixed_once_proposed()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        var path = $"{AgreementsHost.Path}/by-ref/YL-2026-007";
        var body = AgreementBody("玉林–肇庆机关党建合作协议", DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        using var create = await yulin.PutAsJsonAsync(path, body);
        var created = await create.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("agreement").GetProperty("id").GetGuid();
        Assert.Equal(("Created", "YL-2026-007", DemoOrgans.Yulin.RegionCode), (
            created.GetProperty("outcome").GetString(),
            created.GetProperty("agreement").GetProperty("externalReference").GetString(),
            created.GetProperty("agreement").GetProperty("draftingRegionCode").GetString()));
        Assert.Equal($"/api/v1/agreements/{id}", create.Headers.Location?.OriginalString);

        var again = await (await yulin.PutAsJsonAsync(path, body)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Unchanged", 1L), (again.GetProperty("outcome").GetString(), again.GetProperty("agreement").GetProperty("version").GetInt64()));

        var revised = await (await yulin.SendAsync(Put(path, AgreementBody("玉林–肇庆机关党建合作协议（2026）", DemoOrgans.Yulin, DemoOrgans.Zhaoqing), "\"v1\"")))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Updated", id, 2L), (
            revised.GetProperty("outcome").GetString(), revised.GetProperty("agreement").GetProperty("id").GetGuid(), revised.GetProperty("agreement").GetProperty("version").GetInt64()));

        // The same reference in another region names another record.
        var theirs = await (await zhaoqing.PutAsJsonAsync(path, body)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.NotEqual(id, theirs.GetProperty("agreement").GetProperty("id").GetGuid());

        await (await yulin.PostAsync($"{AgreementsHost.Path}/{id}/propose", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var fixedContent = await (await yulin.SendAsync(Put(path, body, "\"v3\""))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("agreement.content-fixed", fixedContent.GetProperty("code").GetString());
        var same = await (await yulin.PutAsJsonAsync(path, AgreementBody("玉林–肇庆机关党建合作协议（2026）", DemoOrgans.Yulin, DemoOrgans.Zhaoqing)))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Unchanged", "PendingSignatures"), (same.GetProperty("outcome").GetString(), same.GetProperty("agreement").GetProperty("status").GetString()));

        var tooLong = await (await yulin.PutAsJsonAsync($"{AgreementsHost.Path}/by-ref/{new string('x', 101)}", body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("externalReference", out _), tooLong.ToString());
        Assert.Equal(2, await host.QueryAsync<AgreementsDbContext, int>(db => db.Agreements.CountAsync()));
    }

    [SkippableFact]
    public async Task An_activity_upserted_by_reference_is_recorded_once_corrected_with_If_Match_and_its_reference_names_one_agreement()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var other = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Hezhou);
        var path = $"{AgreementsHost.Path}/{id}/activities/by-ref/YL-ACT-0042";

        var created = await (await yulin.PutAsJsonAsync(path, ActivityBody(30))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var activityId = created.GetProperty("activity").GetProperty("id").GetGuid();
        Assert.Equal(("Created", "YL-ACT-0042"), (created.GetProperty("outcome").GetString(), created.GetProperty("activity").GetProperty("externalReference").GetString()));
        var unchanged = await (await yulin.PutAsJsonAsync(path, ActivityBody(30))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Unchanged", unchanged.GetProperty("outcome").GetString());

        var corrected = await (await yulin.SendAsync(Put(path, ActivityBody(32), "\"v1\""))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Updated", activityId, 32), (
            corrected.GetProperty("outcome").GetString(), corrected.GetProperty("activity").GetProperty("id").GetGuid(), corrected.GetProperty("activity").GetProperty("participantCount").GetInt32()));

        var elsewhere = await (await yulin.PutAsJsonAsync($"{AgreementsHost.Path}/{other}/activities/by-ref/YL-ACT-0042", ActivityBody(30))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("activity.reference-in-other-agreement", elsewhere.GetProperty("code").GetString());
        var theirs = await (await zhaoqing.PutAsJsonAsync(path, ActivityBody(30))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.NotEqual(activityId, theirs.GetProperty("activity").GetProperty("id").GetGuid());
        Assert.Equal(2, await host.QueryAsync<AgreementsDbContext, int>(db => db.Activities.CountAsync()));
        Assert.Equal(1, await host.QueryAsync<AgreementsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.MessageType == "Corridor.Contracts.Events.ActivityRevised")));
    }

    [SkippableFact]
    public async Task Creates_with_an_Idempotency_Key_replay_the_first_answer_and_refuse_another_body_with_422()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var active = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var amendment = new { reason = "增加2027年联学计划", plans = new[] { new { year = 2027, area = "JointStudy", planned = 4 } } };
        var creates = new (string Path, object Body, object Other, HttpStatusCode Status)[]
        {
            (AgreementsHost.Path, AgreementBody("玉林–肇庆协作方案", DemoOrgans.Yulin, DemoOrgans.Zhaoqing), AgreementBody("另一个方案", DemoOrgans.Yulin, DemoOrgans.Zhaoqing), HttpStatusCode.Created),
            ($"{AgreementsHost.Path}/{active}/activities", ActivityBody(40), ActivityBody(41), HttpStatusCode.Created),
            ($"{AgreementsHost.Path}/{active}/amendments", amendment, amendment with { reason = "另一理由" }, HttpStatusCode.OK),
        };

        foreach (var (path, body, other, status) in creates)
        {
            var key = $"yulin-{Guid.NewGuid():N}";
            using var first = await yulin.SendAsync(Post(path, body, key));
            var answer = await first.Content.ReadAsStringAsync();
            Assert.True(first.StatusCode == status, $"{path}: {first.StatusCode} {answer}");
            using var replayed = await yulin.SendAsync(Post(path, body, key));
            Assert.Equal(status, replayed.StatusCode);
            Assert.Equal("true", replayed.Headers.GetValues("Idempotency-Replayed").Single());
            Assert.Equal(answer, await replayed.Content.ReadAsStringAsync());
            var reused = await (await yulin.SendAsync(Post(path, other, key))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("idempotency.key-reused", reused.GetProperty("code").GetString());
        }

        Assert.Equal(2, await host.QueryAsync<AgreementsDbContext, int>(db => db.Agreements.CountAsync()));
        Assert.Equal(1, await host.QueryAsync<AgreementsDbContext, int>(db => db.Activities.CountAsync()));
        var amended = await (await yulin.GetAsync($"{AgreementsHost.Path}/{active}/amendments")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, amended.GetArrayLength());
    }

    private static object AgreementBody(string title, DemoOrgan first, DemoOrgan second) => new
    {
        kind = "CooperationPlan",
        title,
        parties = new[] { AgreementsHost.Party(first), AgreementsHost.Party(second) },
        termStart = "2026-01-01",
        termEnd = "2028-12-31",
    };

    private static object ActivityBody(int participants) => new
    {
        area = "JointStudy",
        date = Today,
        hostOrganId = DemoOrgans.Yulin.Id,
        participatingOrganIds = new[] { DemoOrgans.Yulin.Id },
        participantCount = participants,
        summary = "玉林机关党员联学会",
    };

    private static HttpRequestMessage Put(string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return request;
    }

    private static HttpRequestMessage Post(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
