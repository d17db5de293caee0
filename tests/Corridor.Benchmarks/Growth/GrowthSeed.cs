using System.Diagnostics;
using System.Globalization;
using Corridor.Benchmarks.Paths;
using Corridor.Benchmarks.Seeding;

namespace Corridor.Benchmarks.Growth;

/// <summary>
/// The growth run's Lists file, written before the service starts on it: migrated by the Lists migrations, one problem
/// written by the service's own DbContext, then <c>count</c> copies of it inserted with ADO.NET (100,000 a transaction)
/// with their own id, reference, title, category, severity and creation time. Seeding a million problems through the
/// API would take far longer than the run's budget; these rows have no outbox rows or journal entries, which the
/// measured queries do not read.
/// </summary>
public static class GrowthSeed
{
    private const int RowsPerTransaction = 100_000;
    private const int ReadSample = 10_000;

    /// <returns>Ids spread over the whole table, for the reads by id; and how long seeding took.</returns>
    public static async Task<(List<Guid> Ids, TimeSpan Took)> WriteAsync(string directory, int count)
    {
        var clock = Stopwatch.StartNew();
        using var lists = await InProcessLists.CreateAsync(directory);
        var template = await RawProblemInsert.TemplateAsync(lists);
        var created = DateTime.Parse((string)template["CreatedAt"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var every = Math.Max(1, count / ReadSample);
        var ids = new List<Guid>();
        for (var first = 0; first < count; first += RowsPerTransaction)
        {
            var offset = first;
            await RawProblemInsert.InsertAsync(lists, template, Math.Min(RowsPerTransaction, count - first), (i, column, value) =>
            {
                var n = offset + i;
                switch (column)
                {
                    case "Id":
                        var id = Guid.NewGuid();
                        if (n % every == 0)
                        {
                            ids.Add(id);
                        }

                        return id.ToString().ToUpperInvariant();
                    case "ExternalReference":
                        return $"GROWTH-{n:D7}";
                    case "Title":
                        return $"增长问题 {n}";
                    case "Category":
                        return Bodies.CategoryOf(n);
                    case "Severity":
                        return Bodies.SeverityOf(n);
                    case "CreatedAt":
                        return created.AddMilliseconds(-n).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
                    default:
                        return value;
                }
            });
        }

        return (ids, clock.Elapsed);
    }
}
