using Corridor.BuildingBlocks.Persistence;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Testing;

/// <summary>A service's SQL Server context that never connects: its commands go to <see cref="CapturedCommands"/>.</summary>
public static class SqlServerWithoutServer
{
    public static TSqlServer Open<TSqlServer>(CapturedCommands sql)
        where TSqlServer : ServiceDbContext =>
        (TSqlServer)Activator.CreateInstance(
            typeof(TSqlServer),
            new DbContextOptionsBuilder<TSqlServer>()
                .UseSqlServer(CapturedCommands.SqlServerConnectionString, s => s.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                .AddInterceptors(sql)
                .Options)!;
}
