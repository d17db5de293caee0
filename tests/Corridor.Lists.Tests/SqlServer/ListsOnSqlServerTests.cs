using Corridor.Lists.Infrastructure;
using Corridor.Testing;

namespace Corridor.Lists.Tests.SqlServer;

/// <summary>
/// The same assertions on SQL Server, in one database made by the Lists SQL Server migrations. Runs where a
/// Docker engine answers (Testcontainers) or CORRIDOR_SQLSERVER_CONNECTION names a server; skipped with the
/// reason otherwise.
/// </summary>
public sealed class ListsOnSqlServerTests(MigratedSqlServerDatabase<SqlServerListsDbContext> database)
    : ListsProviderTests, IClassFixture<MigratedSqlServerDatabase<SqlServerListsDbContext>>
{
    protected override async Task<ListsDbContext> OpenAsync() => await database.OpenAsync();
}
