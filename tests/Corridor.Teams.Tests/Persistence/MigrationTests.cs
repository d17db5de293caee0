using Corridor.BuildingBlocks.Persistence;
using Corridor.Teams.Infrastructure;
using Corridor.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Teams.Tests.Persistence;

/// <summary>
/// The model and the migrations of both providers agree: a model change without a migration fails
/// here, without any database server.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_cover_the_model()
    {
        using var db = new SqliteTeamsDbContext(DesignTimeOptions.Sqlite<SqliteTeamsDbContext>());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The Teams model changed without a SQLite migration (dotnet ef migrations add ... --context SqliteTeamsDbContext).");
    }

    [Fact]
    public void The_SQL_Server_migrations_cover_the_model()
    {
        using var db = new SqlServerTeamsDbContext(DesignTimeOptions.SqlServer<SqlServerTeamsDbContext>());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The Teams model changed without a SQL Server migration (dotnet ef migrations add ... --context SqlServerTeamsDbContext).");
    }

    [Fact]
    public void Each_provider_has_its_own_migrations()
    {
        using var sqlite = new SqliteTeamsDbContext(DesignTimeOptions.Sqlite<SqliteTeamsDbContext>());
        using var sqlServer = new SqlServerTeamsDbContext(DesignTimeOptions.SqlServer<SqlServerTeamsDbContext>());

        Assert.Empty(sqlite.Database.GetMigrations().Intersect(sqlServer.Database.GetMigrations()));
    }

    [Fact]
    public void The_idempotent_SQL_Server_script_creates_the_team_tables()
    {
        using var db = new SqlServerTeamsDbContext(DesignTimeOptions.SqlServer<SqlServerTeamsDbContext>());

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Teams]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Deployments]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ApprovedProjects]", script, StringComparison.Ordinal);
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
        await using var file = new SqliteTestDatabase("teams-migrations");
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
                Assert.Superset(new HashSet<string>(["Teams", "Deployments", "ApprovedProjects", "OutboxMessages", "InboxRecords"]), tables.ToHashSet());
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

    internal static SqliteTeamsDbContext Open(SqliteTestDatabase file) =>
        new(new DbContextOptionsBuilder<SqliteTeamsDbContext>().UseSqlite(file.ConnectionString).Options);
}
