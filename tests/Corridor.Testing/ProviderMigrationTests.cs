using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Persistence;
using Corridor.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace Corridor.Testing;

/// <summary>
/// The model and the migrations of both providers agree: a model change without a migration fails
/// here, without any database server. Each service's test project derives one class from this.
/// </summary>
public abstract class ProviderMigrationTests<TSqlite, TSqlServer>
    where TSqlite : ServiceDbContext
    where TSqlServer : ServiceDbContext
{
    /// <summary>The service's own tables; the outbox and inbox tables are checked for every service.</summary>
    protected abstract IReadOnlyList<string> ServiceTables { get; }

    private IEnumerable<string> AllTables => ServiceTables.Concat(["OutboxMessages", "InboxRecords"]);

    [Fact]
    public void The_SQLite_migrations_cover_the_model()
    {
        using var db = CreateSqlite(DesignTimeOptions.Sqlite<TSqlite>());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed without a SQLite migration (dotnet ef migrations add ... --context {typeof(TSqlite).Name}).");
    }

    [Fact]
    public void The_SQL_Server_migrations_cover_the_model()
    {
        using var db = CreateSqlServer();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed without a SQL Server migration (dotnet ef migrations add ... --context {typeof(TSqlServer).Name}).");
    }

    [Fact]
    public void Each_provider_has_its_own_migrations()
    {
        using var sqlite = CreateSqlite(DesignTimeOptions.Sqlite<TSqlite>());
        using var sqlServer = CreateSqlServer();

        Assert.Empty(sqlite.Database.GetMigrations().Intersect(sqlServer.Database.GetMigrations()));
    }

    [Fact]
    public void The_idempotent_SQL_Server_script_creates_the_tables()
    {
        using var db = CreateSqlServer();

        var script = IdempotentSqlServerScript(db);

        foreach (var table in AllTables)
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void On_SQL_Server_idempotency_keys_compare_binary_and_the_script_creates_the_primary_key_on_binary_columns()
    {
        using var sqlite = CreateSqlite(DesignTimeOptions.Sqlite<TSqlite>());
        using var sqlServer = CreateSqlServer();

        Assert.Equal("(database default), (database default)", KeyCollations(sqlite));
        Assert.Equal($"{OrdinalReferences.SqlServerCollation}, {OrdinalReferences.SqlServerCollation}", KeyCollations(sqlServer));
        // One squashed migration: the table is created with the binary collation already, so the primary key
        // is never built on case-insensitive columns (no drop, alter and re-add around a collation change).
        var script = IdempotentSqlServerScript(sqlServer);
        var create = script.IndexOf("CREATE TABLE [IdempotencyRecords] (", StringComparison.Ordinal);
        Assert.True(create >= 0, "The SQL Server script must create the idempotency records table.");
        var table = script[create..script.IndexOf(");", create, StringComparison.Ordinal)];
        Assert.Contains($"[Caller] nvarchar(200) COLLATE {OrdinalReferences.SqlServerCollation} NOT NULL", table, StringComparison.Ordinal);
        Assert.Contains($"[Key] nvarchar(200) COLLATE {OrdinalReferences.SqlServerCollation} NOT NULL", table, StringComparison.Ordinal);
        Assert.Contains("CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([Caller], [Key])", table, StringComparison.Ordinal);
        Assert.DoesNotContain("ALTER TABLE [IdempotencyRecords]", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SQLite_migrations_apply_to_a_fresh_file()
    {
        await using var file = new SqliteTestDatabase($"{typeof(TSqlite).Name}-migrations");
        try
        {
            await using (var db = OpenSqlite(file))
            {
                await db.Database.MigrateAsync();

                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                var tables = await db.Database
                    .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
                    .ToListAsync();
                Assert.Superset(AllTables.ToHashSet(), tables.ToHashSet());
            }

            // Applying them again to the migrated file is a no-op.
            await using (var again = OpenSqlite(file))
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

    [Fact]
    public async Task A_database_migrated_by_the_chain_before_the_squash_stops_the_start_with_what_to_do()
    {
        // The last migration of the old chain recorded, as in a .local/ database made before the squash.
        const string removed = "20261125045853_OrdinalIdempotencyKeys";
        await using var file = new SqliteTestDatabase($"{typeof(TSqlite).Name}-before-squash");
        try
        {
            await using (var connection = new SqliteConnection(file.ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                // In WAL mode, as the services leave their files (SqlitePragmas).
                command.CommandText = $"""
                    PRAGMA journal_mode=WAL;
                    CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                    INSERT INTO "__EFMigrationsHistory" VALUES ('{removed}', '10.0.15');
                    """;
                await command.ExecuteNonQueryAsync();
            }

            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
            builder.Configuration["Database:Provider"] = "Sqlite";
            builder.Configuration["Database:ConnectionString"] = file.ConnectionString;
            builder.AddServiceDatabase<ServiceDbContext, TSqlite, TSqlServer>("before-squash");
            await using var app = builder.Build();

            var error = await Assert.ThrowsAsync<UnknownMigrationsException>(app.MigrateDatabaseAsync<ServiceDbContext>);

            Assert.Equal([removed], error.UnknownMigrations);
            Assert.Equal(file.DatabasePath, error.Database);
            Assert.Contains(file.DatabasePath, error.Message, StringComparison.Ordinal);
            Assert.Contains("bash deploy/local/down.sh --purge", error.Message, StringComparison.Ordinal);
            await using var db = OpenSqlite(file);
            Assert.Equal([removed], await db.Database.GetAppliedMigrationsAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static TSqlite OpenSqlite(SqliteTestDatabase file) =>
        CreateSqlite(new DbContextOptionsBuilder<TSqlite>()
            .UseSqlite(file.ConnectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssemblies.Sqlite<TSqlite>()))
            .Options);

    private static string KeyCollations(ServiceDbContext db)
    {
        var record = db.GetService<IDesignTimeModel>().Model.FindEntityType(typeof(IdempotencyRecord))!;
        return string.Join(", ", new[] { "Caller", "Key" }.Select(p => record.FindProperty(p)!.GetCollation() ?? "(database default)"));
    }

    protected static string IdempotentSqlServerScript(TSqlServer db) =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

    protected static TSqlServer CreateSqlServer() =>
        (TSqlServer)Activator.CreateInstance(typeof(TSqlServer), DesignTimeOptions.SqlServer<TSqlServer>())!;

    private static TSqlite CreateSqlite(DbContextOptions<TSqlite> options) =>
        (TSqlite)Activator.CreateInstance(typeof(TSqlite), options)!;
}
