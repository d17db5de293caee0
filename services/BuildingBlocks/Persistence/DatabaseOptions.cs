namespace Corridor.BuildingBlocks.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded default) or SqlServer (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, when empty: a file named after the service under <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations when the service starts (the local run and tests rely on it).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// For SQLite: how long a write waits for another writer's lock before it fails (then answered 503 `database-busy`
    /// with Retry-After, or retried by the consumer or dispatcher). Both SQLite's busy timeout and the command timeout
    /// of Microsoft.Data.Sqlite, which retries a busy statement until it runs out.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = DefaultBusyTimeout;

    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
