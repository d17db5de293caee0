using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Scorecards;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Agreements.Tests.SqlServer;

/// <summary>The scorecard's grouped reads as the SQL Server provider translates them, generated here without a server.</summary>
public sealed class AgreementsSqlServerTranslationTests
{
    [Fact]
    public async Task The_scorecard_roll_up_translates_for_SQL_Server()
    {
        var sql = new CapturedCommands();
        await using var db = SqlServerWithoutServer.Open<SqlServerAgreementsDbContext>(sql);

        await ScorecardQueries.RollUpAsync(db, null, 2026, CancellationToken.None);

        Assert.Contains(sql.Commands, c => c.Contains("GROUP BY [a].[AgreementId], [a].[Area]", StringComparison.Ordinal)
            && c.Contains("SUM([a].[ParticipantCount])", StringComparison.Ordinal));
        Assert.Contains(sql.Commands, c => c.Contains("GROUP BY [l].[AgreementId]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task External_references_compare_ordinally_on_SQL_Server_as_they_do_on_SQLite()
    {
        await using var sqlServer = SqlServerWithoutServer.Open<SqlServerAgreementsDbContext>(new CapturedCommands());
        await using var sqlite = new SqliteAgreementsDbContext(DesignTimeOptions.Sqlite<SqliteAgreementsDbContext>());

        Assert.Equal(["AgreementActivities", "Agreements"], OrdinalReferenceColumns.TablesWithReferences(sqlServer));
        Assert.Equal(["AgreementActivities", "Agreements"], OrdinalReferenceColumns.TablesOf(sqlServer));
        Assert.Empty(OrdinalReferenceColumns.TablesOf(sqlite));
    }
}
