using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Agreements.Infrastructure;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAgreementsDbContext>
{
    public SqliteAgreementsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteAgreementsDbContext>());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAgreementsDbContext>
{
    public SqlServerAgreementsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.SqlServer<SqlServerAgreementsDbContext>());
}
