using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Testing;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Corridor.Teams.Tests.Integration;

/// <summary>
/// ProjectApproved reaches Teams' read model through the inbox, published by a MassTransit bus of
/// the test's own on the host's virtual host, as Lists' outbox dispatcher would.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProjectApprovedInboxTests(SharedRabbitMq rabbitMq)
{
    private const string Queue = "teams-project-approved";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTime ApprovedAt = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task The_same_message_twice_is_applied_once_a_later_version_updates_and_an_older_one_does_not()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await TeamsHost.StartAsync(vhost);
        using var consumed = ConsumedMessages.Observe(host.Services);
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        await bus.StartAsync();
        try
        {
            var projectId = Guid.NewGuid();
            var first = Approved(projectId, "钦州—湛江 港航党建联建", version: 5);
            var messageId = Guid.NewGuid();

            await bus.Publish(first, c => c.MessageId = messageId);
            await bus.Publish(first, c => c.MessageId = messageId);
            await PublishSentinelAndWaitAsync(bus, consumed, consumedSoFar: 2);

            var row = await ReadModelAsync(host, projectId);
            Assert.Equal(("钦州—湛江 港航党建联建", 5L, 1), (row.Title, row.SourceVersion, row.Revision));
            Assert.Equal(1, await host.QueryAsync<TeamsDbContext, int>(db => db.InboxRecords.CountAsync(r => r.MessageId == messageId)));
            Assert.Equal(1, await host.QueryAsync<TeamsDbContext, int>(db => db.ApprovedProjects.CountAsync(p => p.ProjectId == projectId)));

            await bus.Publish(first with { Title = "钦州—湛江 港航党建联建（修订）", Revision = 2, AggregateVersion = 9 });
            await bus.Publish(first with { Title = "过时的标题", AggregateVersion = 3 });
            await PublishSentinelAndWaitAsync(bus, consumed, consumedSoFar: 5);

            row = await ReadModelAsync(host, projectId);
            Assert.Equal(("钦州—湛江 港航党建联建（修订）", 9L, 2), (row.Title, row.SourceVersion, row.Revision));
            Assert.Equal(1, await host.QueryAsync<TeamsDbContext, int>(db => db.ApprovedProjects.CountAsync(p => p.ProjectId == projectId)));

            // Five distinct messages (two versions, the older one, two sentinels) left five inbox records;
            // none of them failed into the error queue.
            Assert.Equal(5, await host.QueryAsync<TeamsDbContext, int>(db => db.InboxRecords.CountAsync()));
            Assert.Equal(0u, await ErrorQueueDepthAsync(vhost));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static ProjectApproved Approved(Guid projectId, string title, long version) =>
        new(projectId, title, DemoOrgans.Qinzhou.Id, DemoOrgans.Qinzhou.RegionCode, ["450700", "440800"], null, 1, version, ApprovedAt);

    /// <summary>
    /// Publishes a ProjectApproved for another project and waits until the host's bus has consumed it and every
    /// message before it (<paramref name="consumedSoFar"/> published earlier): the consumer handles up to four at
    /// once, so the sentinel alone could finish before an earlier message.
    /// </summary>
    private static async Task PublishSentinelAndWaitAsync(IBus bus, ConsumedMessages consumed, int consumedSoFar)
    {
        await bus.Publish(Approved(Guid.NewGuid(), "哨兵", version: 1));
        await consumed.WaitForAsync<ProjectApproved>(consumedSoFar + 1, Timeout);
    }

    private static Task<ApprovedProject> ReadModelAsync(ServiceHost<TeamsServiceMarker> host, Guid projectId) =>
        host.QueryAsync<TeamsDbContext, ApprovedProject>(db => db.ApprovedProjects.AsNoTracking().SingleAsync(p => p.ProjectId == projectId));

    private static async Task<uint> ErrorQueueDepthAsync(Uri vhost)
    {
        await using var connection = await new ConnectionFactory { Uri = vhost }.CreateConnectionAsync();
        await using (var channel = await connection.CreateChannelAsync())
        {
            // The consumer's queue exists under this name, so the error queue name below is the right one.
            await channel.QueueDeclarePassiveAsync(Queue);
        }

        await using var errors = await connection.CreateChannelAsync();
        try
        {
            return (await errors.QueueDeclarePassiveAsync(Queue + "_error")).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0; // never created: nothing ever failed
        }
    }
}
