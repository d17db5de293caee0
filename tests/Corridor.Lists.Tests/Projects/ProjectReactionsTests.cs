using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Lists.Tests.Projects;

/// <summary>
/// Lists reacting to other services' events on the real broker (agreement states, deployed teams), and the
/// review job reminding overdue rounds and reporting blocked ones.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProjectReactionsTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Agreement_events_flag_linked_projects_and_team_events_list_deployed_teams_once_each()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProjectsApi(host);
        var agreementId = Guid.NewGuid();
        var linked = await StoreAsync(host, TestProjects.Content(DemoOrgans.Zhaoqing) with { AgreementId = agreementId });
        var other = await StoreAsync(host, TestProjects.Content(DemoOrgans.Zhaoqing));
        var bus = host.Services.GetRequiredService<IBus>();
        var now = DateTime.UtcNow;

        var suspendedId = NewId.NextGuid();
        await bus.Publish(new AgreementSuspended(agreementId, "换届调整", 5, now), c => c.MessageId = suspendedId);
        await bus.Publish(new AgreementSuspended(agreementId, "换届调整", 5, now), c => c.MessageId = suspendedId);
        var teamId = Guid.NewGuid();
        var deploymentId = Guid.NewGuid();
        await bus.Publish(new TeamDeployed(teamId, deploymentId, linked, new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31), 3, now));

        await Eventually.TrueAsync(
            async () => (await api.GetAsync($"{ProjectsApi.Path}/{linked}")) is var p && p.GetProperty("agreement").GetProperty("flagged").GetBoolean() && p.GetProperty("deployedTeams").GetArrayLength() == 1,
            EventTimeout,
            "the suspension and the deployment reach the project");
        var project = await api.GetAsync($"{ProjectsApi.Path}/{linked}");
        Assert.Equal(("Suspended", "换届调整"), (project.GetProperty("agreement").GetProperty("status").GetString(), project.GetProperty("agreement").GetProperty("reason").GetString()));
        var team = project.GetProperty("deployedTeams")[0];
        Assert.Equal((teamId, true), (team.GetProperty("teamId").GetGuid(), team.GetProperty("active").GetBoolean()));
        var flagged = await api.GetAsync($"{ProjectsApi.Path}?flagged=true");
        Assert.Equal(linked, Assert.Single(flagged.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, (await api.GetAsync($"{ProjectsApi.Path}/{other}")).GetProperty("agreement").ValueKind);
        Assert.Equal(1, await host.QueryAsync<ListsDbContext, int>(db => db.InboxRecords.CountAsync(r => r.MessageId == suspendedId)));

        // A stale event (an older agreement version) does not undo a newer one; a resumption clears the flag.
        await bus.Publish(new AgreementResumed(agreementId, 4, now));
        await bus.Publish(new AgreementResumed(agreementId, 6, now.AddMinutes(1)));
        await bus.Publish(new DeploymentEnded(teamId, deploymentId, linked, new DateOnly(2026, 9, 30), "任务完成", 4, now));
        await Eventually.TrueAsync(
            async () => (await api.GetAsync($"{ProjectsApi.Path}/{linked}")) is var p && !p.GetProperty("agreement").GetProperty("flagged").GetBoolean() && !p.GetProperty("deployedTeams")[0].GetProperty("active").GetBoolean(),
            EventTimeout,
            "the resumption and the end of the deployment reach the project");
        Assert.Equal(6, await host.QueryAsync<ListsDbContext, long>(db => db.LinkedAgreements.Where(a => a.AgreementId == agreementId).Select(a => a.SourceVersion).SingleAsync()));
        await bus.Publish(new AgreementTerminated(agreementId, "协议终止", "桂工委〔2026〕12号", 7, now.AddMinutes(2)));
        await Eventually.TrueAsync(
            async () => (await api.GetAsync($"{ProjectsApi.Path}/{linked}")).GetProperty("agreement").GetProperty("status").GetString() == "Terminated",
            EventTimeout,
            "the termination reaches the project");
    }

    [SkippableFact]
    public async Task The_job_reminds_an_overdue_round_once_and_reports_a_round_blocked_by_a_region_without_coordinator()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var reminders = await EventProbe.ListenAsync<ProjectReviewOverdue>(vhost);
        await using var blocked = await EventProbe.ListenAsync<ProjectReviewBlocked>(vhost);
        await using var host = await ListsHost.StartAsync(vhost, settings: new Dictionary<string, string?>
        {
            ["Review:Reminders:Interval"] = "00:00:00.200",
            ["Review:ReviewDays"] = "5",
            ["Review:RegionsWithoutCoordinator:0"] = DemoOrgans.Hezhou.RegionCode,
        });
        var api = new ProjectsApi(host);
        await using var reviewScope = host.Services.CreateAsyncScope();
        var policy = reviewScope.ServiceProvider.GetRequiredService<ReviewPolicy>();
        var overdue = await StoreAsync(host, TestProjects.Content(DemoOrgans.Zhaoqing), submittedDaysAgo: 6, policy);
        var onTime = await StoreAsync(host, TestProjects.Content(DemoOrgans.Zhaoqing), submittedDaysAgo: 4, policy);
        // Submitted through the API, with Hezhou (no coordinator configured) taking part.
        var withHezhou = (await api.CreateAsync(DemoOrgans.Yulin, ProjectsApi.Content("玉林—贺州 协作", [DemoOrgans.Hezhou]))).GetProperty("id").GetGuid();
        var submitted = await api.PostOkAsync($"{ProjectsApi.Path}/{withHezhou}/submit", TestTokens.Member(DemoOrgans.Yulin));
        Assert.Equal(["coordinator:451100"], ListsHost.Strings(submitted.GetProperty("blockedApprovals")));

        var reminder = await reminders.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == overdue, EventTimeout, "ProjectReviewOverdue is published");
        Assert.Equal(["coordinator:441200", "coordinator:450900", "secretariat"], ListsHost.Strings(reminder.Message.GetProperty("pendingParties")));
        var report = await blocked.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == withHezhou, EventTimeout, "ProjectReviewBlocked is published");
        Assert.Contains("451100: the region has no coordinator", report.Message.GetProperty("reason").GetString(), StringComparison.Ordinal);
        // More rounds remind and report nothing again; once the outbox is drained every copy ever published is queued
        // ahead of the probes' markers.
        for (var round = 0; round < 3; round++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ReviewReminders>().RunOnceAsync(CancellationToken.None));
        }

        await OutboxDrain.WaitAsync<ListsServiceMarker, ListsDbContext>(host, EventTimeout);
        Assert.Single(await reminders.DrainAsync(EventTimeout));
        Assert.Single(await blocked.DrainAsync(EventTimeout));

        var listed = await api.GetAsync($"{ProjectsApi.Path}/reviews/overdue", TestTokens.Coordinator(DemoOrgans.Zhaoqing));
        Assert.Equal(overdue, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.DoesNotContain(listed.EnumerateArray(), p => p.GetProperty("id").GetGuid() == onTime);
        var blockedList = await api.GetAsync($"{ProjectsApi.Path}/reviews/blocked", TestTokens.Secretariat());
        var entry = Assert.Single(blockedList.EnumerateArray());
        Assert.Equal((withHezhou, "coordinator:451100"), (entry.GetProperty("projectId").GetGuid(), entry.GetProperty("blockedParties")[0].GetString()));
        await (await api.SendAsync(HttpMethod.Get, $"{ProjectsApi.Path}/reviews/blocked", TestTokens.Member(DemoOrgans.Yulin))).ReadProblemAsync(HttpStatusCode.Forbidden);
        var history = await api.GetAsync($"{ProjectsApi.Path}/{overdue}/history");
        Assert.Equal("remind", history[history.GetArrayLength() - 1].GetProperty("action").GetString());

        // The secretariat unblocks the round on Hezhou's behalf.
        await api.PostOkAsync($"{ProjectsApi.Path}/{withHezhou}/approvals", TestTokens.Secretariat(), new { revision = 1, onBehalfOfRegion = "451100", reason = "贺州协调员尚未任命" });
        Assert.Empty((await api.GetAsync($"{ProjectsApi.Path}/reviews/blocked", TestTokens.Secretariat())).EnumerateArray());
    }

    private static async Task<Guid> StoreAsync(ServiceHost<ListsServiceMarker> host, ProjectContent content, int? submittedDaysAgo = null, ReviewPolicy? policy = null)
    {
        var then = DateTime.UtcNow.AddDays(-(submittedDaysAgo ?? 0));
        var project = Project.Draft(TestProjects.Member(DemoOrgans.Yulin), content, then);
        if (submittedDaysAgo is not null)
        {
            project.Submit(TestProjects.Member(DemoOrgans.Yulin), policy!, then);
        }

        await host.QueryAsync<ListsDbContext, int>(db =>
        {
            db.Projects.Add(project);
            return db.SaveChangesAsync();
        });
        return project.Id;
    }
}
