using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Matching;
using Corridor.Lists.Matching.Suggestions;
using Corridor.Lists.Resources;
using Corridor.Lists.Tests.Problems;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Matching;

/// <summary>A suggestion scores a bounded number of resources, chosen in SQL by every reason but the text, not every resource on offer.</summary>
public sealed class SuggestionScanTests
{
    [Fact]
    public async Task Only_the_best_candidates_up_to_the_scan_limit_are_loaded_and_scored()
    {
        await using var file = new SqliteTestDatabase("suggestions");
        var recorded = new RecordedCommands();
        var options = new DbContextOptionsBuilder<SqliteListsDbContext>()
            .UseSqlite(file.ConnectionString, s => s.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteListsDbContext>()))
            .AddInterceptors(recorded)
            .Options;
        var problem = TestProblems.Open(); // Logistics, raised in Yulin (450900)
        var farAndUnfit = Enumerable.Range(0, 6).Select(i => Offer(DemoOrgans.Zhanjiang, ResourceCategory.Other, i)).ToArray();
        var nearAndFit = Enumerable.Range(10, 2).Select(i => Offer(DemoOrgans.Yulin, ResourceCategory.LogisticsCapacity, i)).ToArray();
        await using (var seed = new SqliteListsDbContext(options))
        {
            await seed.Database.MigrateAsync();
            seed.Problems.Add(problem);
            seed.Resources.AddRange([.. farAndUnfit, .. nearAndFit]);
            await seed.SaveChangesAsync();
        }

        recorded.Clear();
        IReadOnlyList<MatchSuggestion> suggestions;
        await using (var db = new SqliteListsDbContext(options))
        {
            suggestions = await new SuggestResourcesHandler(db, TimeProvider.System, new MatchingOptions { SuggestionScanLimit = 3 })
                .HandleAsync(new SuggestResources(problem.Id, 20), CancellationToken.None);
        }

        Assert.Equal(3, suggestions.Count);
        Assert.Equal(nearAndFit.Select(r => r.Id), suggestions.Take(2).Select(s => s.Resource.Id));
        var scan = Assert.Single(recorded.Commands, c => c.Contains("FROM \"Resources\"", StringComparison.Ordinal));
        Assert.Contains("LIMIT", scan, StringComparison.Ordinal);
    }

    private static Resource Offer(DemoOrgan organ, ResourceCategory category, int minutes) => Resource.Offer(
        new ResourceInput("资源", "", category, 10m, "TEU/月", new DateOnly(2020, 1, 1), new DateOnly(2099, 12, 31), null),
        TestResources.Member(organ),
        TestResources.Now.AddMinutes(minutes));
}
