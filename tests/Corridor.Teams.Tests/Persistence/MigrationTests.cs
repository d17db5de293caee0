using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Teams.Tests.Persistence;

public sealed class MigrationTests : ProviderMigrationTests<SqliteTeamsDbContext, SqlServerTeamsDbContext>
{
    protected override IReadOnlyList<string> ServiceTables => ["Teams", "Deployments", "ApprovedProjects"];

    internal static SqliteTeamsDbContext Open(SqliteTestDatabase file) => OpenSqlite(file);
}
