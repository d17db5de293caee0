using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.SystemTests;

/// <summary>The outbox keeps an approval's event through a broker outage and delivers it exactly once.</summary>
public sealed class BrokerOutageTests
{
    [SkippableFact]
    public async Task ProjectApproved_reaches_Teams_exactly_once_after_RabbitMQ_is_stopped_and_started_again()
    {
        await using var broker = await RabbitMqBroker.StartPrivateNodeAsync();
        var vhost = await broker.CreateVirtualHostAsync();
        await using var system = await CorridorSystem.StartAsync(vhost);
        using var consumed = ConsumedMessages.Observe(system.Teams.Services);
        var projectId = await Scenario.SubmittedProjectAsync(system, DemoOrgans.Qinzhou, DemoOrgans.Guangdong, agreementId: null);
        await Scenario.ApproveAsync(system, projectId, TestTokens.Coordinator(DemoOrgans.Qinzhou));
        await Scenario.ApproveAsync(system, projectId, TestTokens.Coordinator(DemoOrgans.Guangdong));

        await broker.StopAsync();
        var approved = await Scenario.ApproveAsync(system, projectId, TestTokens.Secretariat());
        Assert.Equal("Approved", approved.GetProperty("status").GetString());

        // While the broker is down the event waits in Lists' outbox: written with the approval, not lost, not marked.
        var messageId = await system.Lists.QueryAsync<ListsDbContext, Guid>(db =>
            db.OutboxMessages.Where(m => m.DispatchedAt == null && m.MessageType.EndsWith("ProjectApproved")).Select(m => m.MessageId).SingleAsync());

        await broker.StartAsync();
        await Eventually.TrueAsync(
            async () => await PendingOutboxRowsAsync(system) == 0,
            TimeSpan.FromSeconds(90),
            "Lists' outbox publishes the approval once RabbitMQ is back");
        await Eventually.TrueAsync(
            () => system.Teams.QueryAsync<TeamsDbContext, bool>(db => db.ApprovedProjects.AnyAsync(p => p.ProjectId == projectId)),
            TimeSpan.FromSeconds(60),
            "Teams receives ProjectApproved after the restart");

        // The outbox is drained, so any second copy is already queued; a sentinel published now is consumed after it.
        var sentinel = Guid.NewGuid();
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        await bus.StartAsync();
        try
        {
            await bus.Publish(new ProjectApproved(sentinel, "哨兵", DemoOrgans.Qinzhou.Id, DemoOrgans.Qinzhou.RegionCode, [DemoOrgans.Qinzhou.RegionCode], null, 1, 1, DateTime.UtcNow));
        }
        finally
        {
            await bus.StopAsync();
        }

        await Eventually.TrueAsync(
            () => system.Teams.QueryAsync<TeamsDbContext, bool>(db => db.ApprovedProjects.AnyAsync(p => p.ProjectId == sentinel)),
            TimeSpan.FromSeconds(60),
            "Teams applies the sentinel");
        await consumed.WaitUntilIdleAsync(TimeSpan.FromSeconds(60));
        var (inbox, projects) = await system.Teams.QueryAsync<TeamsDbContext, (int, int)>(async db => (
            await db.InboxRecords.CountAsync(r => r.MessageId == messageId),
            await db.ApprovedProjects.CountAsync(p => p.ProjectId == projectId)));
        Assert.Equal(1, inbox);
        Assert.Equal(1, projects);
    }

    private static Task<int> PendingOutboxRowsAsync(CorridorSystem system) =>
        system.Lists.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.DispatchedAt == null && m.MessageType.EndsWith("ProjectApproved")));
}
