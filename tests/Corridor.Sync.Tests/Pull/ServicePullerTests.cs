using Corridor.Sync.Cli;
using Corridor.Sync.Feeds;
using Corridor.Sync.Pull;
using Corridor.Sync.Verify;

namespace Corridor.Sync.Tests.Pull;

public sealed class ServicePullerTests : IDisposable
{
    private static readonly PullOptions Pages = new(Limit: 3, Follow: false, PollInterval: TimeSpan.FromMilliseconds(10), UntilIdle: null);
    private readonly TempMirror _file = new();
    private readonly JournalFeed _feed = new(SyncService.Lists);

    [Fact]
    public async Task A_pull_that_dies_between_pages_resumes_after_the_last_committed_page_and_ends_identical()
    {
        for (var i = 0; i < 10; i++)
        {
            _feed.Write($"r{i}", 1);
        }

        _feed.Write("r1", 2, "edited");
        _feed.Remove("r2", 2);
        _feed.FailAfterReads = 2;

        using (var store = _file.Open())
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => new ServicePuller(_feed, store, Pages, TimeProvider.System).RunAsync(null, default));
            // The first read starts from the start, i.e. the compacted journal (r0, r3..r9, r1 v2, r2's tombstone): 6 of its 10 committed.
            Assert.Equal("s7", store.StateOf("lists").Cursor);
        }

        _feed.FailAfterReads = null;
        _feed.Write("r3", 2, "after the crash");
        using (var store = _file.Open())
        {
            var stats = await new ServicePuller(_feed, store, Pages, TimeProvider.System).RunAsync(null, default);

            // What is left of the snapshot (r8, r9, r1, r2's tombstone) and r3 v2; the 6 committed before the crash are not read again.
            Assert.Equal(5, stats.Changes);
            Assert.True(stats.CaughtUp);
            Assert.Equal(9, stats.Records);
            Assert.Empty(await DifferencesAsync(store));
        }
    }

    [Fact]
    public async Task An_expired_cursor_makes_the_pull_read_again_from_the_start_and_remove_what_is_gone()
    {
        for (var i = 0; i < 5; i++)
        {
            _feed.Write($"r{i}", 1);
        }

        using var store = _file.Open();
        await new ServicePuller(_feed, store, Pages, TimeProvider.System).RunAsync(null, default);

        _feed.Remove("r0", 2);
        _feed.Write("r1", 2, "edited");
        _feed.Write("r9", 1);
        _feed.Compact(position: 8);

        var stats = await new ServicePuller(_feed, store, Pages, TimeProvider.System).RunAsync(null, default);

        Assert.Equal(1, stats.Resnapshots);
        Assert.Equal(1, stats.Swept);
        Assert.Equal(["r1", "r2", "r3", "r4", "r9"], store.Records("lists").Select(r => r.RecordId).Order());
        Assert.Empty(await DifferencesAsync(store));
    }

    [Fact]
    public async Task A_feed_that_expires_the_cursors_of_its_own_snapshot_ends_the_pull_with_a_clear_failure_instead_of_looping()
    {
        for (var i = 0; i < 5; i++)
        {
            _feed.Write($"r{i}", 1);
        }

        using var store = _file.Open();
        await new ServicePuller(_feed, store, Pages, TimeProvider.System).RunAsync(null, default);
        _feed.Remove("r0", 2);
        _feed.Write("r9", 1);
        _feed.Compact(position: 8);
        _feed.SnapshotCursors = false;

        var failure = await Assert.ThrowsAsync<SyncFailure>(() => new ServicePuller(_feed, store, Pages, TimeProvider.System).RunAsync(null, default));

        Assert.Equal(ExitCodes.Refused, failure.ExitCode);
        Assert.Contains("retention horizon is ahead of its own snapshot", failure.Message);
        Assert.Equal(5, store.Count("lists"));
    }

    [Fact]
    public async Task Following_stops_once_the_feed_was_idle_for_the_given_time()
    {
        _feed.Write("r0", 1);
        using var store = _file.Open();
        var follow = Pages with { Follow = true, UntilIdle = TimeSpan.FromMilliseconds(200) };

        var stats = await new ServicePuller(_feed, store, follow, TimeProvider.System).RunAsync(null, default);

        Assert.True(stats.CaughtUp);
        Assert.False(stats.Interrupted);
        Assert.True(_feed.Reads >= 2, $"it polled {_feed.Reads} times");
        Assert.True(stats.Elapsed >= TimeSpan.FromMilliseconds(200), $"it stopped after {stats.Elapsed}");
    }

    private async Task<IReadOnlyList<Difference>> DifferencesAsync(Corridor.Sync.Mirror.MirrorStore store) =>
        MirrorComparison.Compare("lists", (await _feed.ReadStateAsync(null, 1000, default)).Records, store.Records("lists"));

    public void Dispose() => _file.Dispose();
}
