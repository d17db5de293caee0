using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.TestKit;

/// <summary>
/// Lets the real query code run on a provider whose server is not here (SQL Server): the connection is
/// never opened, every command's SQL is recorded, and each is answered by the next canned result (an
/// empty result set, or 0 rows affected, when none is left). What it proves is how EF Core translates the
/// code for that provider — a query SQL Server cannot translate fails here as it would there.
/// </summary>
public sealed class CapturedCommands : DbCommandInterceptor, IDbConnectionInterceptor
{
    /// <summary>Given to UseSqlServer: no server needs to exist, since nothing connects.</summary>
    public const string SqlServerConnectionString = "Server=sql-server.invalid;Database=Capture;User Id=capture;Password=capture;TrustServerCertificate=True";

    private readonly Queue<DataTable> _results = new();
    private readonly Queue<int> _rowsAffected = new();
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands => _commands;

    /// <summary>The next reader command answers these rows (one column per name, in order).</summary>
    public CapturedCommands ThenRows(string[] columns, params object[][] rows)
    {
        var table = new DataTable();
        for (var i = 0; i < columns.Length; i++)
        {
            table.Columns.Add(columns[i], rows.Length > 0 ? rows[0][i].GetType() : typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row);
        }

        _results.Enqueue(table);
        return this;
    }

    /// <summary>The next UPDATE/DELETE reports this many rows.</summary>
    public CapturedCommands ThenRowsAffected(int count)
    {
        _rowsAffected.Enqueue(count);
        return this;
    }

    /// <summary>The one recorded command containing <paramref name="fragment"/>.</summary>
    public string Single(string fragment) => _commands.Single(c => c.Contains(fragment, StringComparison.Ordinal));

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command)));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        InterceptionResult<int>.SuppressWithResult(Affected(command));

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(Affected(command)));

    private DbDataReader Answer(DbCommand command)
    {
        _commands.Add(command.CommandText);
        return (_results.TryDequeue(out var table) ? table : NoRows()).CreateDataReader();
    }

    // Wide enough for any entity: EF checks that a buffered reader (split queries, retries) has at least the columns it selects.
    private static DataTable NoRows()
    {
        var table = new DataTable();
        for (var i = 0; i < 128; i++)
        {
            table.Columns.Add($"c{i}", typeof(object));
        }

        return table;
    }

    private int Affected(DbCommand command)
    {
        _commands.Add(command.CommandText);
        return _rowsAffected.TryDequeue(out var count) ? count : 0;
    }
}
