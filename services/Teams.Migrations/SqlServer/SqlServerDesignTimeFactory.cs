using Corridor.BuildingBlocks.Persistence;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Teams.Migrations.SqlServer;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerTeamsDbContext>
{
    public SqlServerTeamsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerTeamsDbContext>());
}
