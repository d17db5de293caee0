namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// The database records migrations this build does not have: it was made by another version of the service
/// (before the migrations were squashed into one Initial migration per provider, or by a newer build).
/// Migrating it would fail obscurely or half-way, so the service stops with what to do instead.
/// </summary>
public sealed class UnknownMigrationsException(string database, IReadOnlyList<string> unknownMigrations)
    : InvalidOperationException(
        $"The database {database} has migrations applied that this build does not know ({string.Join(", ", unknownMigrations)}): "
        + "it was made by another version of the service, and this version cannot bring it up to date. "
        + "A development database: delete it and let the service create it again (for deploy/local: bash deploy/local/down.sh --purge, then bash deploy/local/up.sh). "
        + "Any other database: run the version that made it, or move its data into a database created by this version.")
{
    public string Database { get; } = database;

    public IReadOnlyList<string> UnknownMigrations { get; } = unknownMigrations;
}
