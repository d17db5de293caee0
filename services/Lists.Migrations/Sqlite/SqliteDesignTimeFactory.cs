using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Lists.Migrations.Sqlite;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteListsDbContext>
{
    public SqliteListsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteListsDbContext>());
}
