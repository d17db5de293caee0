using Corridor.Agreements.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Agreements.Tests.Persistence;

public sealed class MigrationTests : ProviderMigrationTests<SqliteAgreementsDbContext, SqlServerAgreementsDbContext>
{
    protected override IReadOnlyList<string> ServiceTables => ["Agreements", "AgreementParties"];

    internal static SqliteAgreementsDbContext Open(SqliteTestDatabase file) => OpenSqlite(file);
}
