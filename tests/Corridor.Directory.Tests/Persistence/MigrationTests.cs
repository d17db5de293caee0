using Corridor.DirectoryService.Infrastructure;
using Corridor.Testing;

namespace Corridor.DirectoryService.Tests.Persistence;

public sealed class MigrationTests : ProviderMigrationTests<SqliteDirectoryDbContext, SqlServerDirectoryDbContext>
{
    protected override IReadOnlyList<string> ServiceTables => ["Organs", "OrganChanges", "RegionMemberships", "Contacts"];
}
