using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Web;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Teams.Statistics;
using Corridor.Teams.Teams.Registry;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Teams.Tests.SqlServer;

/// <summary>
/// The Teams queries as the SQL Server provider translates them, generated here without a server: text search
/// under the stated case-insensitive collation with LIKE and escaped wildcards, keyset paging compared and
/// ordered in SQL, and the statistics' reads translate at all.
/// </summary>
public sealed class TeamsSqlServerTranslationTests
{

    [Fact]
    public async Task External_references_compare_ordinally_on_SQL_Server_as_they_do_on_SQLite()
    {
        await using var sqlServer = SqlServerWithoutServer.Open<SqlServerTeamsDbContext>(new CapturedCommands());
        await using var sqlite = new SqliteTeamsDbContext(DesignTimeOptions.Sqlite<SqliteTeamsDbContext>());

        Assert.Equal(["Teams"], OrdinalReferenceColumns.TablesWithReferences(sqlServer));
        Assert.Equal(["Teams"], OrdinalReferenceColumns.TablesOf(sqlServer));
        Assert.Empty(OrdinalReferenceColumns.TablesOf(sqlite));
    }

    private static readonly string Collated = $" COLLATE {TextSearch.SqlServerCollation} LIKE @";

    [Fact]
    public async Task Team_search_and_paging()
    {
        var sql = new CapturedCommands();
        await using var db = SqlServerWithoutServer.Open<SqlServerTeamsDbContext>(sql);
        var cursor = new PageCursor(TestTeams.Now, Guid.NewGuid()).Encode();

        await new ListTeamsHandler(db, new ReadModelDirectory(db)).HandleAsync(new ListTeams(null, null, null, null, "Canal", cursor, 10), CancellationToken.None);

        var query = Assert.Single(sql.Commands);
        Assert.Contains("[t].[Name]" + Collated, query, StringComparison.Ordinal);
        Assert.Contains("[t].[Mission]" + Collated, query, StringComparison.Ordinal);
        Assert.Contains(@"ESCAPE N'\'", query, StringComparison.Ordinal);
        Assert.Contains("[t].[Id] > @", query, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [t].[RegisteredAt], [t].[Id]", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approved_project_search()
    {
        var sql = new CapturedCommands();
        await using var db = SqlServerWithoutServer.Open<SqlServerTeamsDbContext>(sql);

        await new ListApprovedProjectsHandler(db).HandleAsync(new ListApprovedProjects(null, null, "Canal"), CancellationToken.None);

        var query = Assert.Single(sql.Commands);
        Assert.Contains("[a].[Title]" + Collated, query, StringComparison.Ordinal);
        Assert.Contains(@"ESCAPE N'\'", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_statistics_translate_for_SQL_Server()
    {
        var sql = new CapturedCommands();
        await using var db = SqlServerWithoutServer.Open<SqlServerTeamsDbContext>(sql);

        await TeamStatistics.ComputeAsync(db, TestTeams.Today, CancellationToken.None);

        Assert.Equal(4, sql.Commands.Count);
    }
}
