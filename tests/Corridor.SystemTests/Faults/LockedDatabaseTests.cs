using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Corridor.TestKit;
using Xunit.Abstractions;

namespace Corridor.SystemTests.Faults;

/// <summary>
/// A service whose SQLite file is locked by another writer answers a write 503 `database-busy` with Retry-After once its waits have run out, instead
/// of hanging; a consumer that meets the lock fails, is retried, and applies the event once after the lock is gone.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class LockedDatabaseTests(SharedRabbitMq rabbitMq, ITestOutputHelper output)
{
    // A write waits out Database:BusyTimeout (5 s: SQLite's busy timeout and Microsoft.Data.Sqlite's command timeout)
    // before it fails; the rest is the margin of a loaded machine. The old settings (10 s inside 30 s) took ~38 s.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [SkippableFact]
    public async Task A_write_to_a_locked_database_is_answered_503_instead_of_hanging_and_a_consumer_applies_what_the_lock_held_up_exactly_once()
    {
        await using var system = await ProcessSystem.StartAsync(await rabbitMq.CreateVirtualHostAsync());

        await using (await DatabaseLock.TakeAsync(system.Lists))
        {
            using var lists = system.Lists.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin), Bound + TimeSpan.FromSeconds(10));
            var clock = Stopwatch.StartNew();
            using var refused = await lists.PostJsonAsync("/api/v1/problems", Workflows.Problem(1)).WaitAsync(Bound);
            var answeredAfter = clock.Elapsed;
            output.WriteLine($"Lists with its database locked answered {(int)refused.StatusCode} after {answeredAfter.TotalSeconds:F1} s");
            Assert.InRange(answeredAfter, DatabaseOptions.DefaultBusyTimeout * 0.9, Bound);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("database-busy", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
            Assert.NotNull(refused.Headers.RetryAfter);
        }

        await Workflows.ApproveProjectAsync(system.Lists, 2);
        HashSet<string> published;
        await using (await DatabaseLock.TakeAsync(system.Teams))
        {
            await Workflows.ApproveProjectAsync(system.Lists, 3);
            published = await Deliveries.PublishedAsync(system.Lists, Drain.Event);
            await Eventually.TrueAsync(() => system.Teams.CountLogLines("database is locked") > 0, Timeout, "Teams' consumer meets the lock");
        }

        var drain = await Drain.WaitAsync(system, published, Timeout, "the lock on Teams' database");
        output.WriteLine($"after the lock on Teams went, both approvals were applied everywhere in {drain.TotalSeconds:F1} s");
        var teams = await Deliveries.InboxRowsAsync(system.Teams, Drain.TeamsConsumer);
        Assert.Equal(published.Order(), teams.Keys.Order());
        Assert.All(teams.Values, rows => Assert.Equal(1, rows));
        Assert.Equal(published.Count, await Deliveries.ScalarAsync(system.Teams, "SELECT COUNT(*) FROM ApprovedProjects"));
    }
}
