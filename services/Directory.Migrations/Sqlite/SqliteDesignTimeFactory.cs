using Corridor.BuildingBlocks.Persistence;
using Corridor.DirectoryService.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.DirectoryService.Migrations.Sqlite;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDirectoryDbContext>
{
    public SqliteDirectoryDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteDirectoryDbContext>());
}
