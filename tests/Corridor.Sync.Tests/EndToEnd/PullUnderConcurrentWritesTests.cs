using System.Globalization;
using System.Text.Json;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Corridor.TestKit;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Corridor.Sync.Tests.EndToEnd;

/// <summary>
/// The issue's acceptance test: random creates, updates, deletes and merges from concurrent writers while
/// <c>corridor-sync pull</c> runs as its own process, is killed (SIGKILL) and resumed; afterwards
/// <c>corridor-sync verify</c> finds the mirror identical to the three services.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class PullUnderConcurrentWritesTests(SharedRabbitMq rabbitMq, ITestOutputHelper output)
{
    private const int BulkResources = 1000;
    private static readonly TimeSpan WritingTime = TimeSpan.FromSeconds(25);

    [SkippableFact]
    public async Task A_pull_killed_and_resumed_while_writers_run_leaves_a_mirror_that_verify_finds_identical()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var system = await CorridorSystem.StartAsync(vhost);
        using var mirror = new TempMirror();
        var environment = new Dictionary<string, string> { ["CORRIDOR_SYNC_TOKEN"] = TestTokens.Secretariat() };
        string[] connection =
        [
            "--lists-url", system.Lists.RestAddress.ToString(),
            "--agreements-url", system.Agreements.RestAddress.ToString(),
            "--teams-url", system.Teams.RestAddress.ToString(),
            "--directory-url", system.Directory.RestAddress.ToString(),
            "--mirror", mirror.Path,
        ];
        // A bulk of records first, through push (the Lists batch endpoint with an Idempotency-Key), for the first pull to chew on.
        var batch = Path.Combine(Path.GetDirectoryName(mirror.Path)!, "resources.json");
        await File.WriteAllTextAsync(batch, JsonSerializer.Serialize(Enumerable.Range(0, BulkResources).Select(n => new
        {
            title = $"钦州港 集装箱舱位 {n}",
            category = "LogisticsCapacity",
            capacity = 100 + n,
            unit = "TEU/月",
            validFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            validTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            externalReference = $"QZ-{n}",
        })));
        var pushEnvironment = new Dictionary<string, string> { ["CORRIDOR_SYNC_TOKEN"] = TestTokens.Member(DemoOrgans.Qinzhou) };
        string[] push = ["push", batch, "--list", "resources", "--rejected-only", "--lists-url", system.Lists.RestAddress.ToString()];
        var pushed = await SyncProcess.RunAsync(pushEnvironment, TimeSpan.FromMinutes(2), push);
        Assert.True(pushed.ExitCode == 0, pushed.Output);
        Assert.Contains($"{BulkResources:N0} created", pushed.Output);
        var replayed = await SyncProcess.RunAsync(pushEnvironment, TimeSpan.FromMinutes(2), push);
        Assert.True(replayed.ExitCode == 0 && replayed.Output.Contains("replayed"), replayed.Output);

        var seed = Environment.TickCount;
        output.WriteLine($"writers' seed: {seed}");
        var writers = new CorridorWriters(system, seed);
        var writing = writers.RunAsync(WritingTime);

        using (var first = SyncProcess.Start(environment, ["pull", "--follow", "--limit", "50", "--poll-interval", "200ms", "--max-duration", "120s", .. connection]))
        {
            await Eventually.TrueAsync(() => Task.FromResult(CommittedPages(mirror.Path) >= 3 || first.HasExited), TimeSpan.FromSeconds(60), "the first pull commits pages");
            Assert.False(first.HasExited, first.Output);
            first.Kill();
            output.WriteLine($"killed the first pull after {CommittedPages(mirror.Path)} committed pages");
        }

        using (var resumed = SyncProcess.Start(environment, ["pull", "--follow", "--limit", "50", "--poll-interval", "200ms", "--until-idle", "3s", "--max-duration", "180s", .. connection]))
        {
            await writing;
            var exitCode = await resumed.WaitAsync(TimeSpan.FromMinutes(4));
            output.WriteLine(resumed.Output);
            Assert.True(exitCode == 0, resumed.Output);
        }

        output.WriteLine(string.Join(", ", writers.Done.OrderBy(d => d.Key).Select(d => $"{d.Key} {d.Value}")));
        foreach (var lost in CorridorWriters.LostRaces.Take(20))
        {
            output.WriteLine($"lost a race: {lost}");
        }

        foreach (var operation in new[] { "problem.create", "problem.update", "problem.delete", "problem.merge", "resource.create", "resource.update", "agreement.create", "agreement.update", "team.create", "team.update" })
        {
            Assert.True(writers.Done.GetValueOrDefault(operation) > 0, $"the writers did no {operation}");
        }

        // Pull to the end and verify; an event consumer may still change a record after the writers stop, so a
        // difference gets one more pull (which reads only after the cursor: it cannot bring back a skipped change).
        var (verifyExit, verifyOutput) = (-1, "");
        for (var round = 0; round < 3 && verifyExit != 0; round++)
        {
            var pull = await SyncProcess.RunAsync(environment, TimeSpan.FromMinutes(2), ["pull", .. connection]);
            Assert.True(pull.ExitCode == 0, pull.Output);
            (verifyExit, verifyOutput) = await SyncProcess.RunAsync(environment, TimeSpan.FromMinutes(2), ["verify", .. connection]);
            output.WriteLine(verifyOutput);
        }

        Assert.True(verifyExit == 0, verifyOutput);
        Assert.Contains("identical", verifyOutput);

        // A fresh mirror of the same sources in pages of 1000: the snapshot throughput, and the same records again.
        var fresh = Path.Combine(Path.GetDirectoryName(mirror.Path)!, "fresh.db");
        string[] freshConnection = [.. connection[..^1], fresh];
        var snapshot = await SyncProcess.RunAsync(environment, TimeSpan.FromMinutes(2), ["pull", "--limit", "1000", .. freshConnection]);
        output.WriteLine(snapshot.Output);
        Assert.True(snapshot.ExitCode == 0, snapshot.Output);
        var freshVerify = await SyncProcess.RunAsync(environment, TimeSpan.FromMinutes(2), ["verify", .. freshConnection]);
        Assert.True(freshVerify.ExitCode == 0, freshVerify.Output);

        using var store = mirror.Open();
        Assert.All(writers.Deleted, id => Assert.Null(store.ContentOf("lists", "problem", id.ToString())));
        Assert.All(writers.Merged, id => Assert.Contains("Duplicate", store.ContentOf("lists", "problem", id.ToString())));
        Assert.True(store.Count("agreements") > 0 && store.Count("teams") > 0);
        // The directory's founding member regions: the mirror names every region and organ its records mention.
        Assert.True(store.Count("directory") >= 22, $"{store.Count("directory")} directory records mirrored");
    }

    private static long CommittedPages(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(SUM(pages), 0) FROM feeds";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // Not created yet by the pull.
            return 0;
        }
    }
}
