using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Teams.Infrastructure;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTeamsDbContext>
{
    public SqliteTeamsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteTeamsDbContext>());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerTeamsDbContext>
{
    public SqlServerTeamsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerTeamsDbContext>());
}
