using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>Options for `dotnet ef` at design time: migrations are generated without any server.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TContext> Sqlite<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(MigrationsAssemblies.Sqlite<TContext>()))
            .Options;

    public static DbContextOptions<TContext> SqlServer<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlServer(
                "Server=localhost;Database=DesignTime;Integrated Security=true;TrustServerCertificate=true",
                sql => sql.MigrationsAssembly(MigrationsAssemblies.SqlServer<TContext>()))
            .Options;
}
