using System.Net;
using System.Text.Json;
using Corridor.Agreements.Infrastructure;
using Corridor.Contracts.Events;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Tests.Integration;

[Collection(SharedRabbitMq.CollectionName)]
public sealed class ActivityRestTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_party_records_an_activity_ActivityRecorded_is_published_and_refusals_store_nothing()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var recorded = await EventProbe.ListenAsync<ActivityRecorded>(vhost);
        await using var host = await AgreementsHost.StartAsync(vhost);
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var path = $"{AgreementsHost.Path}/{id}/activities";
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        object Body(string date, string area = "JointTraining") => new
        {
            area,
            date,
            hostOrganId = DemoOrgans.Zhaoqing.Id,
            participatingOrganIds = new[] { DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id },
            participantCount = 45,
            summary = "肇庆—玉林机关党务干部联合培训班",
            evidence = new { sha256 = new string('b', 64), location = "oa://zhaoqing/2026/training.pdf" },
        };

        var created = await zhaoqing.PostJsonAsync(path, Body(today.ToString("yyyy-MM-dd")));
        var activity = await created.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var activityId = activity.GetProperty("id").GetGuid();
        Assert.Equal($"{path}/{activityId}", created.Headers.Location?.OriginalString);

        var published = await recorded.WaitForAsync(m => m.GetProperty("activityId").GetGuid() == activityId, TimeSpan.FromSeconds(30), "ActivityRecorded is published");
        Assert.Equal(("JointTraining", id, 45), (
            published.Message.GetProperty("area").GetString(), published.Message.GetProperty("agreementId").GetGuid(), published.Message.GetProperty("participantCount").GetInt32()));

        var outside = await (await zhaoqing.PostJsonAsync(path, Body("2025-06-01"))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("activity.outside-term", outside.GetProperty("code").GetString());
        var outsider = await (await qinzhou.PostJsonAsync(path, Body(today.ToString("yyyy-MM-dd")))).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("activity.not-a-party", outsider.GetProperty("code").GetString());
        var badArea = await (await zhaoqing.PostJsonAsync(path, Body(today.ToString("yyyy-MM-dd"), "Sports"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badArea.GetProperty("errors").TryGetProperty("Area", out _));

        var listed = await (await qinzhou.GetAsync($"{path}?area=JointTraining&year={today.Year}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(activityId, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(0, (await (await qinzhou.GetAsync($"{path}?area=JointStudy")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
        Assert.Equal(1, await host.QueryAsync<AgreementsDbContext, int>(db => db.Activities.CountAsync()));
    }
}
