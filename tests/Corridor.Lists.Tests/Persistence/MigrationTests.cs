using Corridor.Lists.Infrastructure;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Persistence;

public sealed class MigrationTests : ProviderMigrationTests<SqliteListsDbContext, SqlServerListsDbContext>
{
    protected override IReadOnlyList<string> ServiceTables => ["Projects", "ProjectPartners", "ProjectApprovals", "ProjectMilestones", "ProjectRevisions", "ProjectTransitions", "ProjectAgreementStates", "ProjectDeployments", "Matches"];

    [Fact]
    public void One_approval_per_party_and_review_round_is_enforced_by_SQL_Server_too()
    {
        using var db = CreateSqlServer();

        Assert.Contains("CREATE UNIQUE INDEX [IX_ProjectApprovals_ProjectId_Party_Round]", IdempotentSqlServerScript(db), StringComparison.Ordinal);
    }
}
