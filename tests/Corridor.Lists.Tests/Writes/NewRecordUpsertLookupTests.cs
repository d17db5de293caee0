using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Resources;
using Corridor.Lists.Submissions;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Writes;

/// <summary>An upsert by external reference that creates the record looks the (region, reference) up once, not once more before the insert.</summary>
public sealed class NewRecordUpsertLookupTests : IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteListsDbContext> _file = new("lists-upsert-lookup");
    private readonly RecordedCommands _recorded = new();

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task A_new_resource_is_looked_up_once_then_inserted()
    {
        var request = new ResourceRequest("钦州港 集装箱舱位", "", "LogisticsCapacity", 12m, "TEU/月", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null);
        await using var db = Open();

        var (_, outcome) = await ResourceCommands.UpsertAsync(
            db, "R-LOOKUP", request, TestResources.Member(DemoOrgans.Qinzhou), VersionPrecondition.None, TestResources.Now, CancellationToken.None);

        Assert.Equal(ResourceUpsertOutcome.Created, outcome);
        Assert.Single(Lookups("Resources"));
    }

    [Fact]
    public async Task A_new_problem_is_looked_up_once_then_inserted()
    {
        var request = new RaiseProblemRequest("港口通关时间长", "", "Logistics", "Medium", null, null);
        await using var db = Open();

        var (_, outcome) = await ProblemUpsert.ApplyAsync(
            db, new ProblemSubmission(), "P-LOOKUP", request, TestResources.Member(DemoOrgans.Qinzhou), VersionPrecondition.None, TestResources.Now, CancellationToken.None);

        Assert.Equal(ProblemUpsert.Created, outcome);
        Assert.Single(Lookups("Problems"));
    }

    // The reads of the table that filter on the external reference (the insert and its outbox row are writes).
    private IEnumerable<string> Lookups(string table) => _recorded.Commands.Where(c =>
        c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && c.Contains($"FROM \"{table}\"", StringComparison.Ordinal)
        && c.Contains("\"ExternalReference\" =", StringComparison.Ordinal));

    private SqliteListsDbContext Open() => new(new DbContextOptionsBuilder<SqliteListsDbContext>()
        .UseSqlite(_file.ConnectionString, s => s.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteListsDbContext>()))
        .AddInterceptors(_recorded)
        .Options);
}
