using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Agreements.Migrations.SqlServer;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAgreementsDbContext>
{
    public SqlServerAgreementsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerAgreementsDbContext>());
}
