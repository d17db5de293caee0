using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Agreements.Migrations.Sqlite;

/// <summary>For dotnet ef and the migration bundle: the context without a server, migrations from this assembly.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAgreementsDbContext>
{
    public SqliteAgreementsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteAgreementsDbContext>());
}
