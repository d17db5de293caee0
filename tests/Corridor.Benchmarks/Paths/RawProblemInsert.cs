using System.Diagnostics;
using Corridor.Benchmarks.Runner;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Problems;
using Corridor.Testing;
using Microsoft.Data.Sqlite;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// Rows of the Problems table (the Lists schema and indexes, from its migrations) inserted with one prepared ADO.NET
/// command in one transaction: copies of a problem EF wrote through the domain, each with its own id and external
/// reference; no outbox row, journal entry or validation. The batch's baseline, and the growth run's seed.
/// </summary>
public static class RawProblemInsert
{
    /// <summary>One problem written by EF through the domain, read back column by column.</summary>
    public static async Task<Dictionary<string, object>> TemplateAsync(InProcessLists lists)
    {
        var caller = new CallerIdentity("bench", DemoOrgans.Yulin.RegionCode, DemoOrgans.Yulin.Id, [CorridorRoles.Member]);
        var problem = Problem.Raise(caller, "template", "旺季班列舱位紧张，企业货物滞港，需协调增开班列并优化通关流程",
            ProblemCategory.Logistics, ProblemSeverity.High, Seeding.Bodies.EnterpriseCode, $"TEMPLATE-{Guid.NewGuid():N}", DateTime.UtcNow);
        await using (var db = lists.Open())
        {
            db.Problems.Add(problem);
            await db.SaveChangesAsync();
        }

        await using var connection = new SqliteConnection(lists.ConnectionString);
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT * FROM Problems WHERE Id = $id";
        select.Parameters.AddWithValue("$id", problem.Id.ToString().ToUpperInvariant());
        await using var reader = await select.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("The template problem was not found by its id (the Id column's format differs)");
        }

        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue);
    }

    /// <summary>Inserts <paramref name="count"/> copies of the template; <paramref name="valueOf"/> gives row n's value of a column.</summary>
    public static async Task<LoopSample> InsertAsync(InProcessLists lists, Dictionary<string, object> template, int count, Func<int, string, object, object> valueOf)
    {
        await using var connection = new SqliteConnection(lists.ConnectionString);
        await connection.OpenAsync();
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            await pragmas.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO Problems ({string.Join(", ", template.Keys.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", template.Keys.Select((_, i) => $"$p{i}"))})";
        var parameters = template.Keys.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        await insert.PrepareAsync();
        for (var n = 0; n < count; n++)
        {
            var i = 0;
            foreach (var (column, value) in template)
            {
                parameters[i++].Value = valueOf(n, column, value);
            }

            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return LoopSample.Whole(count, clock.Elapsed);
    }

    /// <summary>A new id, external reference and title per row, the rest as the template.</summary>
    public static Func<int, string, object, object> Distinct(string prefix) => (n, column, value) => column switch
    {
        "Id" => Guid.NewGuid().ToString().ToUpperInvariant(),
        "ExternalReference" => $"{prefix}-{n:D7}",
        "Title" => $"基准问题 {prefix} {n}",
        _ => value,
    };
}
