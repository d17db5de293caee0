using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Teams.Teams;
using Corridor.Testing;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Tests.Integration;

/// <summary>
/// ProjectCancelled / ProjectCompleted, published on the host's virtual host by a bus of the test's own as
/// Lists' outbox would, end the deployments to the project; DeploymentEnded is asserted on the broker.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProjectEndingTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task ProjectCancelled_ends_the_open_deployments_to_it_once_and_DeploymentEnded_reaches_the_broker()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var ended = await EventProbe.ListenAsync<DeploymentEnded>(vhost);
        await using var host = await TeamsHost.StartAsync(vhost);
        var cancelledProject = Guid.NewGuid();
        var otherProject = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTime.UtcNow;

        // Deployed through the domain: the approval check against Lists has its own test (DeploymentApiTests).
        var owner = TestTeams.Caller(DemoOrgans.Qinzhou);
        var commando = Team.Register(owner, TeamKind.PartyMemberCommando, "平陆运河马道枢纽党员突击队", "船闸主体工程攻坚", today.AddMonths(-3), null, null, now);
        var open = commando.Deploy(owner, cancelledProject, today.AddMonths(-2), null, "混凝土浇筑攻坚", now);
        var squad = Team.Register(owner, TeamKind.VanguardSquad, "钦州港先锋攻坚小组", "码头审批攻坚", today.AddMonths(-3), null, null, now);
        var finished = squad.Deploy(owner, cancelledProject, today.AddMonths(-3), today.AddMonths(-2), "前期审批", now);
        var planned = squad.Deploy(owner, cancelledProject, today.AddDays(10), today.AddMonths(2), "二期审批", now);
        var elsewhere = squad.Deploy(owner, otherProject, today.AddMonths(-1), null, "另一项目", now);
        await host.QueryAsync<TeamsDbContext, int>(db =>
        {
            db.Teams.AddRange(commando, squad);
            db.ApprovedProjects.Add(new ApprovedProject(cancelledProject, "钦州港区航道扩建联建项目", "450700", 1, 7, now));
            return db.SaveChangesAsync();
        });

        using var consumed = ConsumedMessages.Observe(host.Services);
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        await bus.StartAsync();
        try
        {
            var cancelled = new ProjectCancelled(cancelledProject, "450700", null, "资金未落实", 9, now);
            var messageId = Guid.NewGuid();
            await bus.Publish(cancelled, c => c.MessageId = messageId);
            await bus.Publish(cancelled, c => c.MessageId = messageId);

            var first = await ended.WaitForAsync(m => m.GetProperty("deploymentId").GetGuid() == open.Id, Timeout, "DeploymentEnded for the running deployment");
            await ended.WaitForAsync(m => m.GetProperty("deploymentId").GetGuid() == planned.Id, Timeout, "DeploymentEnded for the planned deployment");
            Assert.Equal((commando.Id, cancelledProject, today.ToString("yyyy-MM-dd")), (first.Message.GetProperty("teamId").GetGuid(), first.Message.GetProperty("projectId").GetGuid(), first.Message.GetProperty("endedOn").GetString()));
            Assert.Equal("project cancelled: 资金未落实", first.Message.GetProperty("reason").GetString());
            Assert.Equal(3, first.Message.GetProperty("aggregateVersion").GetInt64());

            // Both deliveries handled, the outbox drained: every DeploymentEnded ever published is queued ahead of the probe's marker.
            await consumed.WaitForAsync<ProjectCancelled>(2, Timeout);
            await OutboxDrain.WaitAsync<TeamsServiceMarker, TeamsDbContext>(host, Timeout);

            var all = await ended.DrainAsync(Timeout);
            Assert.Equal(2, all.Count);
            Assert.Equal(1, await host.QueryAsync<TeamsDbContext, int>(db => db.InboxRecords.CountAsync(r => r.MessageId == messageId)));

            using var reader = host.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Zhanjiang));
            var squadNow = await (await reader.GetAsync($"{TeamsHost.Path}/{squad.Id}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            var deployments = squadNow.GetProperty("deployments").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetGuid());
            Assert.Equal(JsonValueKind.Null, deployments[finished.Id].GetProperty("endedOn").ValueKind);
            Assert.Equal(today.ToString("yyyy-MM-dd"), deployments[planned.Id].GetProperty("endedOn").GetString());
            Assert.Equal(JsonValueKind.Null, deployments[elsewhere.Id].GetProperty("endedOn").ValueKind);

            var projects = await (await reader.GetAsync("/api/v1/approved-projects?status=Cancelled")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            var row = Assert.Single(projects.GetProperty("items").EnumerateArray());
            Assert.Equal((cancelledProject, "钦州港区航道扩建联建项目"), (row.GetProperty("projectId").GetGuid(), row.GetProperty("title").GetString()));
            var history = await (await reader.GetAsync($"{TeamsHost.Path}/{commando.Id}/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            var last = history[history.GetArrayLength() - 1];
            Assert.Equal(("end-deployment", "system"), (last.GetProperty("action").GetString(), last.GetProperty("by").GetString()));
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
