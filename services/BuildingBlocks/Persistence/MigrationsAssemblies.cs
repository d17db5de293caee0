using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// Each provider's migrations are an assembly of their own, named after the assembly of the context:
/// Corridor.Lists.Migrations.Sqlite and Corridor.Lists.Migrations.SqlServer for the Lists contexts. The
/// service's host references both; EF loads the one of the configured provider by this name.
/// </summary>
public static class MigrationsAssemblies
{
    public static string Sqlite<TContext>()
        where TContext : DbContext => For<TContext>(DatabaseProvider.Sqlite);

    public static string SqlServer<TContext>()
        where TContext : DbContext => For<TContext>(DatabaseProvider.SqlServer);

    public static string For<TContext>(DatabaseProvider provider)
        where TContext : DbContext => $"{typeof(TContext).Assembly.GetName().Name}.Migrations.{provider}";
}
