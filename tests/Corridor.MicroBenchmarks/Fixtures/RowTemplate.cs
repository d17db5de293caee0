using Microsoft.Data.Sqlite;

namespace Corridor.MicroBenchmarks.Fixtures;

/// <summary>
/// A row EF wrote, read back column by column, and a prepared ADO.NET INSERT of copies of it: the raw baselines write
/// exactly the columns and values the service writes, with a fresh value in the one column that must stay unique.
/// Columns the database generates (identity keys) are left out.
/// </summary>
internal sealed class RowTemplate
{
    private readonly string _table;
    private readonly Dictionary<string, object> _values;

    private RowTemplate(string table, Dictionary<string, object> values)
    {
        _table = table;
        _values = values;
    }

    /// <param name="where">The condition that picks the row, with its parameter named $key.</param>
    public static async Task<RowTemplate> ReadAsync(SqliteConnection connection, string table, string where, object key, params string[] generated)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\" WHERE {where}";
        select.Parameters.AddWithValue("$key", key);
        await using var reader = await select.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"No {table} row matches {where} ({key}).");
        }

        var values = Enumerable.Range(0, reader.FieldCount)
            .Where(i => !generated.Contains(reader.GetName(i), StringComparer.Ordinal))
            .ToDictionary(reader.GetName, reader.GetValue, StringComparer.Ordinal);
        return new RowTemplate(table, values);
    }

    /// <summary>A prepared INSERT of the template whose <paramref name="varying"/> column takes the value given per row (in the transaction given, if any).</summary>
    public async Task<Func<object, SqliteTransaction?, Task>> PrepareInsertAsync(SqliteConnection connection, string varying)
    {
        if (!_values.ContainsKey(varying))
        {
            throw new InvalidOperationException($"{_table} has no column {varying}.");
        }

        var insert = connection.CreateCommand();
        var columns = _values.Keys.ToArray();
        insert.CommandText =
            $"INSERT INTO \"{_table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        SqliteParameter? varyingParameter = null;
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = insert.Parameters.AddWithValue($"$p{i}", _values[columns[i]]);
            if (columns[i] == varying)
            {
                varyingParameter = parameter;
            }
        }

        await insert.PrepareAsync();
        return async (value, transaction) =>
        {
            varyingParameter!.Value = value;
            insert.Transaction = transaction;
            await insert.ExecuteNonQueryAsync();
        };
    }
}
