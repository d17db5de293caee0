using Corridor.BuildingBlocks.Persistence;
using Corridor.DirectoryService.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.DirectoryService.Migrations.SqlServer;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDirectoryDbContext>
{
    public SqlServerDirectoryDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerDirectoryDbContext>());
}
