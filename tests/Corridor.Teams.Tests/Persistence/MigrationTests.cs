using Corridor.Teams.Infrastructure;
using Corridor.Testing;

namespace Corridor.Teams.Tests.Persistence;

public sealed class MigrationTests : ProviderMigrationTests<SqliteTeamsDbContext, SqlServerTeamsDbContext>
{
    protected override IReadOnlyList<string> ServiceTables => ["Teams", "Deployments", "DeploymentOutcomes", "TeamMembers", "TeamProblemCredits", "TeamChanges", "ApprovedProjects"];
}
