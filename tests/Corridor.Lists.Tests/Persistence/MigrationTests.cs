using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Corridor.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Lists.Tests.Persistence;

/// <summary>
/// The model and the migrations of both providers agree: a model change without a migration fails
/// here, without any database server.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_cover_the_model()
    {
        using var db = new SqliteListsDbContext(DesignTimeOptions.Sqlite<SqliteListsDbContext>());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The Lists model changed without a SQLite migration (dotnet ef migrations add ... --context SqliteListsDbContext).");
    }

    [Fact]
    public void The_SQL_Server_migrations_cover_the_model()
    {
        using var db = new SqlServerListsDbContext(DesignTimeOptions.SqlServer<SqlServerListsDbContext>());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The Lists model changed without a SQL Server migration (dotnet ef migrations add ... --context SqlServerListsDbContext).");
    }

    [Fact]
    public void Each_provider_has_its_own_migrations()
    {
        using var sqlite = new SqliteListsDbContext(DesignTimeOptions.Sqlite<SqliteListsDbContext>());
        using var sqlServer = new SqlServerListsDbContext(DesignTimeOptions.SqlServer<SqlServerListsDbContext>());

        Assert.Empty(sqlite.Database.GetMigrations().Intersect(sqlServer.Database.GetMigrations()));
    }

    [Fact]
    public void The_idempotent_SQL_Server_script_creates_the_project_tables()
    {
        using var db = new SqlServerListsDbContext(DesignTimeOptions.SqlServer<SqlServerListsDbContext>());

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Projects]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ProjectPartners]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ProjectApprovals]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_ProjectApprovals_ProjectId_Party_Revision]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [OutboxMessages]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [InboxRecords]", script, StringComparison.Ordinal);
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_SQLite_migrations_apply_to_a_fresh_file()
    {
        await using var file = new SqliteTestDatabase("lists-migrations");
        try
        {
            await using (var db = Open(file))
            {
                await db.Database.MigrateAsync();

                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                var tables = await db.Database
                    .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
                    .ToListAsync();
                Assert.Superset(new HashSet<string>(["Projects", "ProjectPartners", "ProjectApprovals", "OutboxMessages", "InboxRecords"]), tables.ToHashSet());
            }

            // Applying them again to the migrated file is a no-op.
            await using (var again = Open(file))
            {
                await again.Database.MigrateAsync();
                Assert.Empty(await again.Database.GetPendingMigrationsAsync());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    internal static SqliteListsDbContext Open(SqliteTestDatabase file) =>
        new(new DbContextOptionsBuilder<SqliteListsDbContext>().UseSqlite(file.ConnectionString).Options);
}
