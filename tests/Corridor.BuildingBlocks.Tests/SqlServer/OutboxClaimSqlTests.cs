using Corridor.BuildingBlocks.Outbox;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.SqlServer;

/// <summary>
/// The outbox claim as SQL Server receives it, generated here without a server: the lease is re-checked
/// inside the UPDATE (which takes each row's update lock and reads its committed value), not only in the
/// SELECT that found the candidates, so of two replicas holding the same candidates only one leases a row.
/// </summary>
public sealed class OutboxClaimSqlTests
{
    [Fact]
    public async Task The_lease_update_rechecks_dispatch_and_lease_in_its_own_where_clause()
    {
        var sql = new CapturedCommands()
            .ThenRows(["Sequence"], [3L], [5L], [8L])
            .ThenRowsAffected(3);
        using var services = SqlServerServices(sql);

        Assert.Equal(0, await Dispatcher(services).DispatchBatchAsync(CancellationToken.None));

        Assert.Equal(3, sql.Commands.Count);
        var claim = sql.Commands[1];
        Assert.StartsWith("UPDATE [o]", claim.Trim(), StringComparison.Ordinal);
        var (set, where) = SplitAtWhere(claim);
        Assert.Contains("[o].[LeaseToken] = @", set, StringComparison.Ordinal);
        Assert.Contains("[o].[LeasedUntil] = @", set, StringComparison.Ordinal);
        Assert.Contains("[o].[Sequence] IN (", where, StringComparison.Ordinal);
        Assert.Contains("[o].[DispatchedAt] IS NULL", where, StringComparison.Ordinal);
        Assert.Contains("([o].[LeasedUntil] IS NULL OR [o].[LeasedUntil] < @", where, StringComparison.Ordinal);
        // No hint that would read past or through the other replica's locks.
        Assert.DoesNotContain("READPAST", claim, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("NOLOCK", claim, StringComparison.OrdinalIgnoreCase);

        // What is published afterwards is only what this lease holds.
        var (_, leased) = SplitAtWhere(sql.Commands[2]);
        Assert.Contains("[o].[LeaseToken] = @", leased, StringComparison.Ordinal);
        Assert.Contains("[o].[DispatchedAt] IS NULL", leased, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_candidates_nothing_is_updated()
    {
        var sql = new CapturedCommands();
        using var services = SqlServerServices(sql);

        Assert.Equal(0, await Dispatcher(services).DispatchBatchAsync(CancellationToken.None));

        Assert.DoesNotContain(sql.Commands, c => c.Contains("UPDATE", StringComparison.Ordinal));
    }

    private static ServiceProvider SqlServerServices(CapturedCommands sql) => new ServiceCollection()
        .AddMetrics()
        .AddDbContext<TestDbContext, SqlServerTestDbContext>(db => db.UseSqlServer(CapturedCommands.SqlServerConnectionString).AddInterceptors(sql))
        .BuildServiceProvider();

    // The bus is never reached: the canned answer to "the rows this lease holds" is empty.
    private static OutboxDispatcher<TestDbContext> Dispatcher(ServiceProvider services) => new(
        services.GetRequiredService<IServiceScopeFactory>(),
        null!,
        new OutboxSignal(),
        new OutboxOptions { BatchSize = 20 },
        new OutboxBacklog(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), TimeProvider.System),
        TimeProvider.System,
        NullLogger<OutboxDispatcher<TestDbContext>>.Instance);

    private static (string Before, string After) SplitAtWhere(string command)
    {
        var at = command.LastIndexOf("WHERE", StringComparison.Ordinal);
        Assert.True(at > 0, command);
        return (command[..at], command[at..]);
    }
}
