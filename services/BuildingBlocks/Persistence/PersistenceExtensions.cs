using Corridor.BuildingBlocks.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Persistence;

public static class PersistenceExtensions
{
    // Aggregates load with their collections in one query (SingleQuery, stated explicitly): a split
    // query outside a transaction could combine a parent and children from different versions.
    // Contexts are pooled: building one per request cost more than the query of a GET by id (issue 16's profile);
    // no context holds state of its own beyond what EF resets when a context returns to the pool.

    /// <summary>
    /// Registers the service's DbContext on the configured provider. Each provider has its own context
    /// subclass so that each keeps its own migrations (SQLite and SQL Server differ in types and SQL),
    /// in an assembly of their own (<see cref="MigrationsAssemblies"/>).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqliteContext, TSqlServerContext>(
        this IHostApplicationBuilder builder, string serviceName)
        where TContext : ServiceDbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromMinutes(5))
        {
            throw new InvalidOperationException($"Database:BusyTimeout must be above zero and at most 00:05:00 (was {options.BusyTimeout}).");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxCommitSignal>();

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required for SQL Server.");
            builder.Services.AddDbContextPool<TContext, TSqlServerContext>((sp, db) => db
                .UseSqlServer(connectionString, sql => sql
                    .EnableRetryOnFailure()
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                    .MigrationsAssembly(MigrationsAssemblies.SqlServer<TSqlServerContext>()))
                .AddInterceptors(sp.GetRequiredService<OutboxCommitSignal>()));
        }
        else
        {
            var connectionString = SqliteConnectionString(options, builder.Environment.ContentRootPath, serviceName);
            builder.Services.AddDbContextPool<TContext, TSqliteContext>((sp, db) => db
                .UseSqlite(connectionString, sqlite => sqlite
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                    .MigrationsAssembly(MigrationsAssemblies.Sqlite<TSqliteContext>()))
                .AddInterceptors(new SqlitePragmas(options.BusyTimeout), sp.GetRequiredService<OutboxCommitSignal>()));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", HealthStatus.Unhealthy, ["ready"]);
        return builder;
    }

    public static string SqliteConnectionString(DatabaseOptions options, string contentRoot, string serviceName)
    {
        // One setting bounds a write's wait, also under a given connection string (its Default Timeout would
        // otherwise keep Microsoft.Data.Sqlite retrying a busy statement for 30 s).
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new SqliteConnectionStringBuilder(options.ConnectionString) { DefaultTimeout = CommandTimeoutSeconds(options) }.ToString();
        }

        var directory = Path.GetFullPath(options.DataDirectory, contentRoot);
        System.IO.Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, $"{serviceName.ToLowerInvariant()}.db"),
            DefaultTimeout = CommandTimeoutSeconds(options),
            Pooling = true,
        }.ToString();
    }

    private static int CommandTimeoutSeconds(DatabaseOptions options) => (int)Math.Ceiling(options.BusyTimeout.TotalSeconds);

    /// <summary>
    /// Applies pending migrations before the service accepts traffic (EF takes a migration lock on both providers).
    /// A database with migrations this build does not know stops the start (<see cref="UnknownMigrationsException"/>).
    /// </summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app)
        where TContext : ServiceDbContext
    {
        if (!app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStartup)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.ThrowIfUnknownMigrationsAsync();
        await db.Database.MigrateAsync();
        app.Logger.LogInformation("Database migrated ({Provider})", db.Database.ProviderName);
    }
}
