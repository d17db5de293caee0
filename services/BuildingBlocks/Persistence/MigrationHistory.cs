using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Corridor.BuildingBlocks.Persistence;

public static class MigrationHistory
{
    /// <summary>Throws <see cref="UnknownMigrationsException"/> when the database records a migration this build does not have.</summary>
    public static async Task ThrowIfUnknownMigrationsAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        var known = database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await database.GetAppliedMigrationsAsync(cancellationToken)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new UnknownMigrationsException(Describe(database), unknown);
        }
    }

    private static string Describe(DatabaseFacade database)
    {
        var connection = database.GetDbConnection();
        return database.IsSqlite() ? connection.DataSource : $"{connection.Database} on {connection.DataSource}";
    }
}
