using BenchmarkDotNet.Attributes;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Problems.Queries;
using Corridor.MicroBenchmarks.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.MicroBenchmarks.Benchmarks;

/// <summary>
/// GetProblem's read as a request runs it: a scope whose pooled ListsDbContext runs the compiled queries of
/// ProblemResponseQuery and the organ-name lookup, on a migrated Lists file holding one raised problem. Baseline: a raw
/// ADO.NET SELECT of the same row's columns on an open connection, with a prepared command.
/// </summary>
[MemoryDiagnoser]
public class GetProblemBenchmarks
{
    private ListsDatabase _lists = null!;
    private Guid _problemId;
    private SqliteConnection _connection = null!;
    private SqliteCommand _select = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _lists = await ListsDatabase.CreateAsync();
        _problemId = (await _lists.SeedProblemAsync()).Id;
        _connection = new SqliteConnection(_lists.ConnectionString);
        await _connection.OpenAsync();
        _select = _connection.CreateCommand();
        _select.CommandText = """
            SELECT "Id", "Title", "Description", "Category", "Severity", "Status", "RaisedByOrganId", "RaisedByRegionCode",
                   "EnterpriseCreditCode", "ExternalReference", "HandlingRegionCode", "ResponsibleOrganId", "ResponsibleRegionCode",
                   "DueDate", "TransferredToOrganId", "Resolution", "Satisfaction", "RejectionReason", "DuplicateOfId",
                   "CreatedAt", "UpdatedAt", "ResolvedAt", "ClosedAt", "EscalatedAt", "Version"
            FROM "Problems" WHERE "Id" = $id
            """;
        _select.Parameters.AddWithValue("$id", _problemId.ToString().ToUpperInvariant());
        await _select.PrepareAsync();

        var view = await GetProblemUseCase();
        if (view.Id != _problemId || view.RaisedByOrganName != BenchCaller.OrganName || await RawSelectOfRow() != 25)
        {
            throw new InvalidOperationException("The seeded problem was not read back as the service reads it.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _select.DisposeAsync();
        await _connection.DisposeAsync();
        await _lists.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawSelectOfRow()
    {
        await using var reader = await _select.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("The problem row is missing.");
        }

        var values = new object[reader.FieldCount];
        return reader.GetValues(values);
    }

    [Benchmark]
    public async Task<ProblemResponse> GetProblemUseCase()
    {
        await using var scope = _lists.OpenScope();
        var handler = new GetProblemHandler(scope.ServiceProvider.GetRequiredService<ListsDbContext>(), TimeProvider.System);
        return await handler.HandleAsync(new GetProblem(_problemId), CancellationToken.None);
    }
}
