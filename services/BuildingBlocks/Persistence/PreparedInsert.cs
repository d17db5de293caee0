using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// Rows of one mapped entity type written with one prepared INSERT on the context's connection and open transaction,
/// bypassing EF's update pipeline. The statement and every parameter come from the EF model (table, columns, type mappings
/// and value converters), so a row reads back as EF would have written it; integer keys the database generates are left to it.
/// </summary>
public static class PreparedInsert
{
    /// <summary>Objects that are not tracked (outbox rows, journal entries), read through their CLR properties.</summary>
    public static Task WriteAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var shadow = entityType.GetProperties().FirstOrDefault(p => p.IsShadowProperty() && Written(p));
        return shadow is not null
            ? throw new InvalidOperationException($"{entityType.DisplayName()}.{shadow.Name} has no CLR value to write.")
            : WriteAsync(db, entityType, rows, static (row, property) => property.GetGetter().GetClrValueUsingContainingEntity(row), cancellationToken);
    }

    /// <summary>Added entries of one entity type, read through the change tracker (shadow foreign keys included).</summary>
    public static Task WriteAsync(DbContext db, IEntityType entityType, IReadOnlyList<EntityEntry> entries, CancellationToken cancellationToken) =>
        WriteAsync(db, entityType, entries, static (entry, property) => entry.CurrentValues[property], cancellationToken);

    /// <summary>
    /// Whether rows of <paramref name="entityType"/> can be written here exactly as EF would: one table of its own, no JSON
    /// columns, and no generated value but an integer key the database assigns.
    /// </summary>
    public static bool CanWrite(IEntityType entityType) =>
        entityType.GetTableName() is not null
        && !entityType.IsMappedToJson()
        && entityType.GetTableMappings().Count() == 1
        && entityType.GetTableMappings().Single().Table.EntityTypeMappings.Count() == 1
        && entityType.GetProperties().All(p => p.ValueGenerated == ValueGenerated.Never || IsDatabaseKey(p));

    /// <summary>An integer primary key of one column whose value the database generates (EF holds a temporary one until then).</summary>
    public static bool IsDatabaseKey(IProperty property) =>
        property.ValueGenerated == ValueGenerated.OnAdd
        && property.IsPrimaryKey()
        && property.DeclaringType is IEntityType { } owner && owner.FindPrimaryKey()!.Properties.Count == 1
        && (property.ClrType == typeof(long) || property.ClrType == typeof(int));

    private static bool Written(IProperty property) => property.ValueGenerated == ValueGenerated.Never;

    private static async Task WriteAsync<TRow>(
        DbContext db, IEntityType entityType, IReadOnlyList<TRow> rows, Func<TRow, IProperty, object?> valueOf, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written directly only inside the caller's transaction.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(Written)
            .Select((p, i) => new Column(p, p.GetColumnName(table)!, sql.GenerateParameterName($"p{i}"), sql.GenerateParameterNamePlaceholder($"p{i}"), p.GetRelationalTypeMapping()))
            .ToArray();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ({string.Join(", ", columns.Select(c => c.Placeholder))});";
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            foreach (var column in columns)
            {
                command.Parameters.Add(column.Mapping.CreateParameter(command, column.Parameter, valueOf(row, column.Property), column.Property.IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(IProperty Property, string Name, string Parameter, string Placeholder, RelationalTypeMapping Mapping);
}
