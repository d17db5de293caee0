using BenchmarkDotNet.Attributes;
using Corridor.Lists.Infrastructure;
using Corridor.MicroBenchmarks.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.MicroBenchmarks.Benchmarks;

/// <summary>
/// One raised problem saved as the raise use case saves it: a scope's pooled ListsDbContext, the aggregate added and
/// SaveChangesAsync, which writes the Problems row, its first history line, the ProblemRaised outbox row and the
/// change-journal entry in one transaction. Baseline: a raw ADO.NET INSERT of the same Problems row (a copy of one EF
/// wrote, with its own id) on an open connection with the service's synchronous=NORMAL; beside it the same four rows
/// the service writes, inserted raw in one transaction.
/// </summary>
[MemoryDiagnoser]
public class SaveProblemBenchmarks
{
    private ListsDatabase _lists = null!;
    private SqliteConnection _connection = null!;
    private Func<object, SqliteTransaction?, Task> _insertProblem = null!;
    private Func<object, SqliteTransaction?, Task> _insertTransition = null!;
    private Func<object, SqliteTransaction?, Task> _insertOutboxRow = null!;
    private Func<object, SqliteTransaction?, Task> _insertJournalEntry = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _lists = await ListsDatabase.CreateAsync();
        var seeded = (await _lists.SeedProblemAsync()).Id.ToString().ToUpperInvariant();
        _connection = new SqliteConnection(_lists.ConnectionString);
        await _connection.OpenAsync();
        await using (var pragmas = _connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA synchronous=NORMAL;";
            await pragmas.ExecuteNonQueryAsync();
        }

        _insertProblem = await (await RowTemplate.ReadAsync(_connection, "Problems", "\"Id\" = $key", seeded)).PrepareInsertAsync(_connection, "Id");
        _insertTransition = await (await RowTemplate.ReadAsync(_connection, "ProblemTransitions", "\"ProblemId\" = $key", seeded, "Id"))
            .PrepareInsertAsync(_connection, "ProblemId");
        _insertOutboxRow = await (await RowTemplate.ReadAsync(_connection, "OutboxMessages", "instr(\"Payload\", $key) > 0", seeded.ToLowerInvariant(), "Sequence"))
            .PrepareInsertAsync(_connection, "MessageId");
        _insertJournalEntry = await (await RowTemplate.ReadAsync(_connection, "ChangeJournal", "\"RecordId\" = $key", seeded, "Id"))
            .PrepareInsertAsync(_connection, "RecordId");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _connection.DisposeAsync();
        await _lists.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task RawInsertProblemRow() => _insertProblem(NewId(), null);

    [Benchmark]
    public async Task RawInsertFourRowsInTransaction()
    {
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync();
        var id = NewId();
        await _insertProblem(id, transaction);
        await _insertTransition(id, transaction);
        await _insertOutboxRow(NewId(), transaction);
        await _insertJournalEntry(id, transaction);
        await transaction.CommitAsync();
    }

    [Benchmark]
    public async Task<int> EfSaveChanges()
    {
        await using var scope = _lists.OpenScope();
        var db = scope.ServiceProvider.GetRequiredService<ListsDbContext>();
        db.Problems.Add(BenchCaller.RaiseProblem());
        return await db.SaveChangesAsync();
    }

    private static string NewId() => Guid.NewGuid().ToString().ToUpperInvariant();
}
