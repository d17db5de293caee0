using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Lists.Migrations.SqlServer;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerListsDbContext>
{
    public SqlServerListsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerListsDbContext>());
}
