using Corridor.BuildingBlocks.Persistence;
using Corridor.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Identity.Migrations.Sqlite;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteIdentityDbContext>());
}
