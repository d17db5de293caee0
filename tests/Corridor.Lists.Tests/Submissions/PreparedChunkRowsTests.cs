using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Tests.Problems;
using Corridor.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Submissions;

/// <summary>
/// A batch chunk of new problems is written with prepared INSERTs on SQLite (ServiceDbContext.SaveChunkAsync), not by EF's
/// SaveChanges: the same aggregates written both ways are the same Problems and ProblemTransitions rows, column by column.
/// </summary>
public sealed class PreparedChunkRowsTests
{
    private static readonly string[] Tables = ["Problems", "ProblemTransitions"];

    [Fact]
    public async Task A_chunk_of_new_problems_writes_the_rows_SaveChanges_writes()
    {
        await using var preparedFile = new SqliteTestDatabase("prepared-chunk");
        await using var trackedFile = new SqliteTestDatabase("tracked-chunk");
        var problems = new[]
        {
            Problem.Raise(TestProblems.Raiser, "旺季班列舱位紧张", "需协调增开班列", ProblemCategory.Logistics, ProblemSeverity.High, null, "YL-P-1", TestProblems.Now.AddTicks(123)),
            Problem.Raise(TestProblems.Raiser, "通关 \"慢\"", "", ProblemCategory.Customs, ProblemSeverity.Low, null, null, TestProblems.Now),
        };
        var recorded = new RecordedCommands();

        await using (var db = await MigratedAsync(preparedFile, recorded))
        {
            recorded.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Problems.AddRange(problems);
            await db.SaveChunkAsync(CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.DoesNotContain(recorded.Commands, c => c.Contains("INSERT", StringComparison.OrdinalIgnoreCase));
        await using (var db = await MigratedAsync(trackedFile, new RecordedCommands()))
        {
            db.Problems.AddRange(problems);
            await db.SaveChangesAsync();
        }

        foreach (var table in Tables)
        {
            var expected = await RowsAsync(trackedFile, table);
            Assert.Equal(problems.Length, expected.Count);
            Assert.Equal(expected, await RowsAsync(preparedFile, table));
        }
    }

    private static async Task<ListsDbContext> MigratedAsync(SqliteTestDatabase file, RecordedCommands recorded)
    {
        var db = new SqliteListsDbContext(new DbContextOptionsBuilder<SqliteListsDbContext>()
            .UseSqlite(file.ConnectionString, s => s.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteListsDbContext>()))
            .AddInterceptors(recorded)
            .Options);
        await db.Database.MigrateAsync();
        return db;
    }

    /// <summary>Every column of every row in key order, each value with its SQLite storage class.</summary>
    private static async Task<List<string>> RowsAsync(SqliteTestDatabase file, string table)
    {
        await using var connection = new SqliteConnection(file.ConnectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var columns = connection.CreateCommand())
        {
            columns.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await columns.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", names.Select(n => $"typeof(\"{n}\") || ':' || quote(\"{n}\")"))} FROM \"{table}\" ORDER BY \"Id\"";
        var rows = new List<string>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join(" | ", names.Select((name, i) => $"{name}={reader.GetString(i)}")));
            }
        }

        return rows;
    }
}
