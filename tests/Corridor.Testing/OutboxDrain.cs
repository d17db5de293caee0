using Corridor.BuildingBlocks.Persistence;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Testing;

public static class OutboxDrain
{
    /// <summary>
    /// Waits until every outbox row of the host is dispatched. A row is marked dispatched only after the broker
    /// confirmed its publication, so from then on every copy that will ever be published is already in the queues.
    /// </summary>
    public static Task WaitAsync<TMarker, TContext>(ServiceHost<TMarker> host, TimeSpan timeout)
        where TMarker : class
        where TContext : ServiceDbContext =>
        Eventually.TrueAsync(
            () => host.QueryAsync<TContext, bool>(db => db.OutboxMessages.AllAsync(m => m.DispatchedAt != null)),
            timeout,
            $"{host.Name}'s outbox is drained");
}
