using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.SystemTests.Faults;

/// <summary>
/// A service whose gRPC peer hangs or is dead answers a clear 503 within its deadline instead of hanging, and
/// answers normally again once the peer is back.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class UnreachablePeerTests(SharedRabbitMq rabbitMq)
{
    // The services' gRPC deadline; a hung peer is only given up on when it has passed.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    // The deadline plus the margin of a loaded machine.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [SkippableFact]
    public async Task Lists_answers_503_at_the_deadline_when_Agreements_hangs_and_at_once_when_it_is_dead_and_Teams_when_Lists_is_dead()
    {
        await using var system = await ProcessSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var teams = system.Teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var team = await (await teams.PostJsonAsync("/api/v1/teams", new
        {
            kind = "PartyMemberCommando",
            name = "平陆运河党员突击队",
            mission = "攻坚重大项目建设中的难点堵点",
            formedOn = "2026-03-01",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        using var lists = system.Lists.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var createProject = () => lists.PostJsonAsync("/api/v1/projects", new
        {
            title = "玉林—肇庆 党建引领产业协作",
            description = "两地机关党组织联合推动产业转移承接与招商协作",
            partners = new[] { new { organId = DemoOrgans.Guangdong.Id, regionCode = DemoOrgans.Guangdong.RegionCode } },
            agreementId = Guid.NewGuid(),
        });

        await system.Agreements.SuspendAsync();
        var hung = await AnswersUnavailableWithinBoundAsync(createProject);
        Assert.True(hung >= Deadline - TimeSpan.FromSeconds(0.5), $"a hung Agreements was given up on after {hung}, before the deadline: not the deadline's doing");
        await system.Agreements.ResumeAsync();
        // Agreements answers again: the random agreement does not exist, which is its answer, not an outage.
        var missing = await (await createProject()).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("project.agreement-not-found", missing.GetProperty("code").GetString());

        await system.Agreements.KillAsync();
        await AnswersUnavailableWithinBoundAsync(createProject);

        await system.Lists.KillAsync();
        var teamId = team.GetProperty("id").GetGuid();
        await AnswersUnavailableWithinBoundAsync(() => teams.PostJsonAsync($"/api/v1/teams/{teamId}/deployments", new
        {
            projectId = Guid.NewGuid(),
            from = "2026-06-01",
            to = "2026-12-31",
            task = "协助项目落地的组织保障",
        }));
    }

    private static async Task<TimeSpan> AnswersUnavailableWithinBoundAsync(Func<Task<HttpResponseMessage>> call)
    {
        var clock = Stopwatch.StartNew();
        using var response = await call().WaitAsync(Bound);
        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("dependency-unavailable", problem.GetProperty("code").GetString());
        Assert.True(clock.Elapsed < Bound, $"answered after {clock.Elapsed}");
        return clock.Elapsed;
    }
}
