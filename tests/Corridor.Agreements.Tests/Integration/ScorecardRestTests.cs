using System.Net;
using System.Text.Json;
using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Scorecards;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>Plan against actual for one agreement and the region / conference roll-ups, over REST on real SQLite.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ScorecardRestTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task The_scorecard_counts_activities_and_linked_approved_projects_against_the_plan_and_rolls_up_by_region()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var year = DateTime.UtcNow.Year;
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        var created = await (await yulin.PostJsonAsync(AgreementsHost.Path, new
        {
            kind = "PairingAgreement",
            title = "玉林–肇庆机关党建合作协议",
            witness = "两市党政主要领导",
            parties = new[] { AgreementsHost.Party(DemoOrgans.Yulin), AgreementsHost.Party(DemoOrgans.Zhaoqing) },
            termStart = $"{year}-01-01",
            termEnd = $"{year + 2}-12-31",
            document = new { sha256 = new string('d', 64), location = "oa://yulin/agreements/yz.pdf" },
            plans = new[]
            {
                new { year, area = "JointStudy", planned = 4, goal = "每季度一次联学" },
                new { year, area = "JointProjects", planned = 2, goal = "推动两个协作项目落地" },
            },
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("两市党政主要领导", created.GetProperty("witness").GetString());
        Assert.Equal(2, created.GetProperty("plans").GetArrayLength());
        await (await yulin.PostAsync($"{AgreementsHost.Path}/{id}/propose", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await AgreementsHost.SignAsync(host, id, DemoOrgans.Yulin)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await AgreementsHost.SignAsync(host, id, DemoOrgans.Zhaoqing)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        foreach (var count in new[] { 30, 50 })
        {
            await (await zhaoqing.PostJsonAsync($"{AgreementsHost.Path}/{id}/activities", new
            {
                area = "JointStudy",
                date = today,
                hostOrganId = DemoOrgans.Zhaoqing.Id,
                participatingOrganIds = new[] { DemoOrgans.Yulin.Id },
                participantCount = count,
                summary = "联学",
            })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        }

        await host.QueryAsync<AgreementsDbContext, int>(db =>
        {
            db.LinkedProjects.Add(new LinkedProject(Guid.NewGuid(), id, "玉林—肇庆产业协作", DemoOrgans.Yulin.Id, "450900", 1, 7, DateTime.UtcNow));
            return db.SaveChangesAsync();
        });

        var card = await (await yulin.GetAsync($"{AgreementsHost.Path}/{id}/scorecard?year={year}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var study = Area(card, "JointStudy");
        Assert.Equal((4, 2, 80, 50), (study.GetProperty("planned").GetInt32(), study.GetProperty("actual").GetInt32(), study.GetProperty("participants").GetInt32(), study.GetProperty("completionPercent").GetInt32()));
        var projects = Area(card, "JointProjects");
        Assert.Equal((2, 1), (projects.GetProperty("planned").GetInt32(), projects.GetProperty("actual").GetInt32()));

        var guangxi = await (await zhaoqing.GetAsync($"/api/v1/scorecards?year={year}&region=450000")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, guangxi.GetProperty("agreements").GetInt32());
        Assert.Equal(2, Area(guangxi, "JointStudy").GetProperty("actual").GetInt32());
        var hainan = await (await zhaoqing.GetAsync($"/api/v1/scorecards?year={year}&region=460000")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(0, hainan.GetProperty("agreements").GetInt32());
        var conference = await (await zhaoqing.GetAsync($"/api/v1/scorecards?year={year}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, Area(conference, "JointProjects").GetProperty("approvedProjects").GetInt32());

        var badYear = await (await zhaoqing.GetAsync("/api/v1/scorecards?year=1900")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badYear.GetProperty("errors").TryGetProperty("year", out _));
    }

    private static JsonElement Area(JsonElement card, string area) =>
        card.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("area").GetString() == area);
}
