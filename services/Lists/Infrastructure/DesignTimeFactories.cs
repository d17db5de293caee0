using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Lists.Infrastructure;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteListsDbContext>
{
    public SqliteListsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteListsDbContext>());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerListsDbContext>
{
    public SqlServerListsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerListsDbContext>());
}
