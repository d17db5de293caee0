using Corridor.Lists.Infrastructure;
using Corridor.Testing;

namespace Corridor.Lists.Tests;

/// <summary>One migrated SQLite file per test and the <see cref="ListsReplica"/>s built on it; all disposed after the test.</summary>
public abstract class ListsReplicaRace(string databaseName) : IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteListsDbContext> _file = new(databaseName);
    private readonly List<ListsReplica> _replicas = [];

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            replica.Dispose();
        }

        await _file.DisposeAsync();
    }

    /// <summary><paramref name="count"/> new replicas of the service on the file, with the same clock and settings.</summary>
    private protected List<ListsReplica> AddReplicas(int count, TimeProvider clock, IReadOnlyDictionary<string, string?> settings)
    {
        var added = Enumerable.Range(0, count).Select(_ => ListsReplica.Build(_file.ConnectionString, clock, settings)).ToList();
        _replicas.AddRange(added);
        return added;
    }
}
