using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Identity.Infrastructure;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteIdentityDbContext>());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerIdentityDbContext>
{
    public SqlServerIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerIdentityDbContext>());
}
