using Corridor.Teams.Infrastructure;
using Corridor.Testing;

namespace Corridor.Teams.Tests.SqlServer;

/// <summary>
/// The same assertions on SQL Server, in one database made by the Teams SQL Server migrations. Runs where a
/// Docker engine answers (Testcontainers) or CORRIDOR_SQLSERVER_CONNECTION names a server; skipped with the
/// reason otherwise.
/// </summary>
public sealed class TeamsOnSqlServerTests(MigratedSqlServerDatabase<SqlServerTeamsDbContext> database)
    : TeamsProviderTests, IClassFixture<MigratedSqlServerDatabase<SqlServerTeamsDbContext>>
{
    protected override async Task<TeamsDbContext> OpenAsync() => await database.OpenAsync();
}
