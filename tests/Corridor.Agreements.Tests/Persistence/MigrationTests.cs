using Corridor.Agreements.Infrastructure;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Persistence;

public sealed class MigrationTests : ProviderMigrationTests<SqliteAgreementsDbContext, SqlServerAgreementsDbContext>
{
    protected override IReadOnlyList<string> ServiceTables => ["Agreements", "AgreementParties", "AgreementPlans", "AgreementTransitions", "AgreementAmendments", "AmendmentSignatures", "AgreementActivities", "LinkedProjects"];
}
