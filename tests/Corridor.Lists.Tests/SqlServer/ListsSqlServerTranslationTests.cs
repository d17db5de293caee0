using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Projects;
using Corridor.Lists.Resources;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Lists.Tests.SqlServer;

/// <summary>
/// The Lists queries as the SQL Server provider translates them, generated here without a server: text
/// search compares under the stated case-insensitive collation with LIKE and escaped wildcards (not under
/// whatever collation the database was created with), keyset paging compares and orders ids in SQL (so on
/// uniqueidentifier order, both at once), and the statistics translate at all.
/// </summary>
public sealed class ListsSqlServerTranslationTests
{

    [Fact]
    public async Task External_references_compare_ordinally_on_SQL_Server_as_they_do_on_SQLite()
    {
        await using var sqlServer = SqlServerWithoutServer.Open<SqlServerListsDbContext>(new CapturedCommands());
        await using var sqlite = new SqliteListsDbContext(DesignTimeOptions.Sqlite<SqliteListsDbContext>());

        Assert.Equal(["Problems", "Projects", "Resources"], OrdinalReferenceColumns.TablesWithReferences(sqlServer));
        Assert.Equal(["Problems", "Projects", "Resources"], OrdinalReferenceColumns.TablesOf(sqlServer));
        Assert.Empty(OrdinalReferenceColumns.TablesOf(sqlite));
    }

    private static readonly string Collated = $" COLLATE {TextSearch.SqlServerCollation} LIKE @";
    private static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Problem_search_and_paging()
    {
        var sql = new CapturedCommands();
        await using var db = SqlServerWithoutServer.Open<SqlServerListsDbContext>(sql);
        var cursor = new PageCursor(Now, Guid.NewGuid()).Encode();

        await ProblemQueries.ListAsync(db, new Corridor.Lists.Problems.Queries.ListProblems(null, null, null, null, null, null, "Port", cursor, 10), DateOnly.FromDateTime(Now), CancellationToken.None);

        var query = Assert.Single(sql.Commands);
        AssertSearches(query, "[p].[Title]", "[p].[Description]");
        AssertKeyset(query, "[p].[CreatedAt]", "[p].[Id]");
    }

    [Fact]
    public async Task Project_search_and_paging()
    {
        var sql = new CapturedCommands();
        await using var db = SqlServerWithoutServer.Open<SqlServerListsDbContext>(sql);
        var cursor = new PageCursor(Now, Guid.NewGuid()).Encode("p");

        await ProjectQueries.ListAsync(db, new ProjectFilter(null, null, null, null, null, "Port", cursor, 10), Now, CancellationToken.None);

        var query = Assert.Single(sql.Commands);
        AssertSearches(query, "[p].[Title]", "[p].[Description]");
        AssertKeyset(query, "[p].[CreatedAt]", "[p].[Id]");
    }

    [Fact]
    public async Task Resource_search_and_paging()
    {
        var sql = new CapturedCommands();
        await using var db = SqlServerWithoutServer.Open<SqlServerListsDbContext>(sql);

        await ResourceQuery.PageAsync(db, new ResourceFilter(Text: "Port"), new PageCursor(Now, Guid.NewGuid()), 10, CancellationToken.None);

        var query = Assert.Single(sql.Commands);
        AssertSearches(query, "[r].[Title]", "[r].[Description]", "[r].[Unit]");
        AssertKeyset(query, "[r].[CreatedAt]", "[r].[Id]");
    }

    [Fact]
    public async Task The_statistics_translate_for_SQL_Server()
    {
        // Resolutions per month, the median sample, then the two counts (one row each).
        var sql = new CapturedCommands().ThenRows(["Count"]).ThenRows(["Count"]).ThenRows(["Count"], [0]).ThenRows(["Count"], [0]);
        await using var db = SqlServerWithoutServer.Open<SqlServerListsDbContext>(sql);

        await ProblemStatistics.ComputeAsync(db, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), DateOnly.FromDateTime(Now), CancellationToken.None);
        await ProjectStatistics.ComputeAsync(db, CancellationToken.None);

        Assert.Contains(sql.Commands, c => c.Contains("GROUP BY", StringComparison.Ordinal) && c.Contains("DATEPART(year, [p].[ResolvedAt])", StringComparison.Ordinal));
        Assert.Contains(sql.Commands, c => c.Contains("GROUP BY [p].[LeadRegionCode], [p].[Status]", StringComparison.Ordinal));
        // Overdue compares the day of resolution with the due day, not an instant with midnight.
        Assert.Contains(sql.Commands, c => c.Contains("CAST([p].[ResolvedAt] AS date) > [p].[DueDate]", StringComparison.Ordinal));
    }

    private static void AssertSearches(string query, params string[] columns)
    {
        foreach (var column in columns)
        {
            Assert.Contains(column + Collated, query, StringComparison.Ordinal);
        }

        Assert.Contains(@"ESCAPE N'\'", query, StringComparison.Ordinal);
        Assert.DoesNotContain("CHARINDEX", query, StringComparison.Ordinal);
    }

    private static void AssertKeyset(string query, string createdAt, string id)
    {
        Assert.Contains($"{id} > @", query, StringComparison.Ordinal);
        Assert.Contains($"ORDER BY {createdAt}, {id}", query, StringComparison.Ordinal);
    }
}
