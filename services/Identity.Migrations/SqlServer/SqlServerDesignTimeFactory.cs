using Corridor.BuildingBlocks.Persistence;
using Corridor.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Identity.Migrations.SqlServer;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerIdentityDbContext>
{
    public SqlServerIdentityDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerIdentityDbContext>());
}
