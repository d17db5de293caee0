using System.Diagnostics;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Outbox;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Persistence;

/// <summary>
/// A batch writes its outbox rows and journal entries through <see cref="PreparedInsert"/> on SQLite instead of the change
/// tracker: the same objects written both ways are the same rows, column by column, storage class included.
/// </summary>
public sealed class PreparedInsertTests : IDisposable
{
    private readonly DirectoryInfo _directory = System.IO.Directory.CreateTempSubdirectory("corridor-prepared-");

    [Fact]
    public async Task Outbox_rows_and_journal_entries_written_directly_equal_the_ones_EF_writes()
    {
        var outbox = OutboxRows();
        var journal = JournalEntries();

        await using (var tracked = await CreateAsync("tracked"))
        {
            tracked.OutboxMessages.AddRange(outbox);
            tracked.ChangeJournal.AddRange(journal);
            await tracked.SaveChangesAsync();
        }

        await using (var direct = await CreateAsync("direct"))
        {
            await using var transaction = await direct.Database.BeginTransactionAsync();
            await PreparedInsert.WriteAsync(direct, outbox, CancellationToken.None);
            await PreparedInsert.WriteAsync(direct, journal, CancellationToken.None);
            await transaction.CommitAsync();
        }

        foreach (var table in new[] { "OutboxMessages", "ChangeJournal" })
        {
            var expected = await RowsAsync("tracked", table);
            Assert.Equal(2, expected.Count);
            Assert.Equal(expected, await RowsAsync("direct", table));
        }
    }

    [Fact]
    public async Task Rows_are_written_only_inside_the_callers_transaction()
    {
        await using var db = await CreateAsync("outside");

        await Assert.ThrowsAsync<InvalidOperationException>(() => PreparedInsert.WriteAsync(db, OutboxRows(), CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private static List<OutboxMessage> OutboxRows()
    {
        var occurredAt = new DateTime(2026, 12, 6, 1, 2, 3, DateTimeKind.Utc).AddTicks(4567);
        var rows = new List<OutboxMessage>
        {
            OutboxMessage.From(Recorded("省际物流", occurredAt)),
        };
        using (var activity = new Activity("batch").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            rows.Add(OutboxMessage.From(Recorded("tourism \"quoted\"", occurredAt.AddDays(1))));
        }

        return rows;
    }

    private static ActivityRecorded Recorded(string area, DateTime occurredAt) =>
        new(Guid.NewGuid(), Guid.NewGuid(), area, new DateOnly(2026, 12, 6), "91610000MA6TG1234X", ["a", "b"], 12, 3, occurredAt);

    private static List<ChangeJournalEntry> JournalEntries()
    {
        var at = new DateTime(2026, 12, 6, 1, 2, 3, DateTimeKind.Utc).AddTicks(89);
        return
        [
            ChangeJournalEntry.For("problem", Guid.NewGuid(), "610800", ChangeKind.Created, 1, """{"title":"旺季班列舱位紧张"}""", "member@610800", at),
            ChangeJournalEntry.For("problem", Guid.NewGuid(), "610800", ChangeKind.Deleted, 7, null, "system", at.AddSeconds(1)),
        ];
    }

    private async Task<RowsDb> CreateAsync(string name)
    {
        var db = new RowsDb(new DbContextOptionsBuilder().UseSqlite($"Data Source={Path.Combine(_directory.FullName, name + ".db")}").Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    /// <summary>Every column of every row in id order, each value with its SQLite storage class.</summary>
    private async Task<List<string>> RowsAsync(string name, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.FullName, name + ".db")}");
        await connection.OpenAsync();
        await using var columns = connection.CreateCommand();
        columns.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        var names = new List<string>();
        await using (var reader = await columns.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", names.Select(n => $"typeof(\"{n}\") || ':' || quote(\"{n}\")"))} FROM \"{table}\" ORDER BY rowid";
        var rows = new List<string>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, names.Count).Select(i => $"{names[i]}={reader.GetString(i)}")));
            }
        }

        return rows;
    }

    private sealed class RowsDb(DbContextOptions options) : ServiceDbContext(options);
}
