using Corridor.Lists.Infrastructure;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.SystemTests;

/// <summary>The outbox keeps an approval's event through a broker outage and delivers it exactly once.</summary>
public sealed class BrokerOutageTests
{
    [SkippableFact]
    public async Task ProjectApproved_reaches_Teams_exactly_once_after_RabbitMQ_is_stopped_and_started_again()
    {
        await using var broker = await RabbitMqBroker.StartPrivateNodeAsync();
        await using var system = await CorridorSystem.StartAsync(await broker.CreateVirtualHostAsync());
        var projectId = await Scenario.SubmittedProjectAsync(system, DemoOrgans.Qinzhou, DemoOrgans.Guangdong, agreementId: null);
        await Scenario.ApproveAsync(system, projectId, TestTokens.Coordinator(DemoOrgans.Qinzhou));
        await Scenario.ApproveAsync(system, projectId, TestTokens.Coordinator(DemoOrgans.Guangdong));

        await broker.StopAsync();
        var approved = await Scenario.ApproveAsync(system, projectId, TestTokens.Secretariat());
        Assert.Equal("Approved", approved.GetProperty("status").GetString());

        // While the broker is down the event waits in Lists' outbox: written, not lost, not marked.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await PendingOutboxRowsAsync(system));

        await broker.StartAsync();
        await Eventually.TrueAsync(
            async () => await PendingOutboxRowsAsync(system) == 0,
            TimeSpan.FromSeconds(90),
            "Lists' outbox publishes the approval once RabbitMQ is back");
        await Eventually.TrueAsync(
            () => system.Teams.QueryAsync<TeamsDbContext, bool>(db => db.ApprovedProjects.AnyAsync(p => p.ProjectId == projectId)),
            TimeSpan.FromSeconds(60),
            "Teams receives ProjectApproved after the restart");

        // Give a duplicate every chance to arrive before counting.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (inbox, projects) = await system.Teams.QueryAsync<TeamsDbContext, (int, int)>(async db => (
            await db.InboxRecords.CountAsync(r => r.MessageType.EndsWith("ProjectApproved")),
            await db.ApprovedProjects.CountAsync(p => p.ProjectId == projectId)));
        Assert.Equal(1, inbox);
        Assert.Equal(1, projects);
    }

    private static Task<int> PendingOutboxRowsAsync(CorridorSystem system) =>
        system.Lists.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.DispatchedAt == null && m.MessageType.EndsWith("ProjectApproved")));
}
