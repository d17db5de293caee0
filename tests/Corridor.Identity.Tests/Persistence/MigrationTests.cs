using Corridor.Identity.Infrastructure;
using Corridor.Testing;

namespace Corridor.Identity.Tests.Persistence;

public sealed class MigrationTests : ProviderMigrationTests<SqliteIdentityDbContext, SqlServerIdentityDbContext>
{
    protected override IReadOnlyList<string> ServiceTables => ["AspNetRoleClaims", "AspNetRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens", "AspNetUsers", "DataProtectionKeys", "KeyRingState", "KnownOrgans", "KnownRegions", "OpenIddictApplications", "OpenIddictAuthorizations", "OpenIddictScopes", "OpenIddictTokens", "StoredKeys"];
}
