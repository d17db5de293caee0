using Corridor.Agreements.Infrastructure;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.SqlServer;

/// <summary>
/// The same assertions on SQL Server, in a database made by the Agreements SQL Server migrations. Runs where a
/// Docker engine answers (Testcontainers) or CORRIDOR_SQLSERVER_CONNECTION names a server; skipped with the
/// reason otherwise.
/// </summary>
public sealed class AgreementsOnSqlServerTests(MigratedSqlServerDatabase<SqlServerAgreementsDbContext> database)
    : AgreementsProviderTests, IClassFixture<MigratedSqlServerDatabase<SqlServerAgreementsDbContext>>
{
    protected override async Task<AgreementsDbContext> OpenAsync() => await database.OpenAsync();
}
