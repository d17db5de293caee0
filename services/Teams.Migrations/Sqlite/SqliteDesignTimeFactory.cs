using Corridor.BuildingBlocks.Persistence;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Teams.Migrations.Sqlite;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTeamsDbContext>
{
    public SqliteTeamsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteTeamsDbContext>());
}
