using Corridor.Sync.Cli;
using Corridor.Sync.Feeds;
using Corridor.Sync.Mirror;
using static Corridor.Sync.Tests.Changes;

namespace Corridor.Sync.Tests.Mirror;

public sealed class MirrorStoreTests : IDisposable
{
    private const string Lists = "lists";
    private readonly TempMirror _file = new();

    [Fact]
    public void Applying_the_same_page_again_changes_nothing()
    {
        using var store = _file.Open();
        var page = Page("c2", false, Upsert("c1", "a", 1), Upsert("c2", "b", 1));

        Assert.Equal(new PageResult(2, 0, 0, 0, 0, 0), store.ApplyPage(Lists, page));
        var before = store.Records(Lists);
        Assert.Equal(new PageResult(0, 0, 2, 0, 0, 0), store.ApplyPage(Lists, page));

        Assert.Equal(before, store.Records(Lists));
        Assert.Equal("c2", store.StateOf(Lists).Cursor);
    }

    [Fact]
    public void An_entry_older_than_the_stored_version_is_ignored_and_a_delete_removes_the_record()
    {
        using var store = _file.Open();
        store.ApplyPage(Lists, Page("c2", false, Upsert("c1", "a", 1, "first"), Upsert("c2", "a", 3, "third")));

        var stale = store.ApplyPage(Lists, Page("c3", false, Upsert("c3", "A", 2, "second")));
        Assert.Equal(1, stale.Stale);
        Assert.Contains("third", store.ContentOf(Lists, "problem", "a"));
        Assert.Equal(3, Assert.Single(store.Records(Lists)).Version);

        var deleted = store.ApplyPage(Lists, Page("c5", false, Delete("c4", "a", 4), Delete("c5", "never-mirrored", 1)));
        Assert.Equal(new PageResult(0, 0, 1, 0, 1, 0), deleted);
        Assert.Empty(store.Records(Lists));
    }

    [Fact]
    public void A_page_that_fails_half_way_leaves_neither_its_records_nor_its_cursor()
    {
        using var store = _file.Open();
        store.ApplyPage(Lists, Page("c1", false, Upsert("c1", "a", 1)));
        var broken = new ChangeEntry("c3", "problem", "c", "450000", "Updated", 1, "h", null, "tester", null);

        Assert.Throws<InvalidDataException>(() => store.ApplyPage(Lists, Page("c3", false, Upsert("c2", "b", 1), broken)));

        Assert.Equal("c1", store.StateOf(Lists).Cursor);
        Assert.Equal(["a"], store.Records(Lists).Select(r => r.RecordId));
        Assert.Equal(1, store.StateOf(Lists).Pages);
    }

    [Fact]
    public void A_resnapshot_removes_what_the_full_read_did_not_bring_only_when_it_ends_even_across_a_restart()
    {
        using (var store = _file.Open())
        {
            store.ApplyPage(Lists, Page("c3", false, Upsert("c1", "kept", 1), Upsert("c2", "gone", 1), Upsert("c3", "tombstoned", 1)));
            store.ApplyPage("teams", Page("t1", false, Upsert("t1", "team", 1, type: "team")));

            store.BeginResnapshot(Lists);
            var first = store.ApplyPage(Lists, Page("s1", true, Upsert("s1", "kept", 2)));

            Assert.Equal(0, first.Swept);
            Assert.Equal(3, store.Count(Lists));
            Assert.Equal(new FeedState(Lists, "s1", true, 1, 2, 4), store.StateOf(Lists));
        }

        using (var reopened = _file.Open())
        {
            var last = reopened.ApplyPage(Lists, Page("s2", false, Delete("s2", "tombstoned", 2)));

            Assert.Equal(1, last.Swept);
            Assert.Equal(1, last.Deleted);
            Assert.Equal(["kept"], reopened.Records(Lists).Select(r => r.RecordId));
            Assert.False(reopened.StateOf(Lists).Resnapshotting);
            Assert.Equal(1, reopened.Count("teams"));

            // The next pages are ordinary again: nothing more is swept.
            Assert.Equal(0, reopened.ApplyPage(Lists, Page("s3", false)).Swept);
            Assert.Equal(1, reopened.Count(Lists));
        }
    }

    [Fact]
    public void A_second_run_on_the_same_mirror_is_refused()
    {
        using var store = _file.Open();

        var refused = Assert.Throws<SyncFailure>(() => _file.Open());

        Assert.Equal(ExitCodes.Mirror, refused.ExitCode);
        Assert.Contains("in use", refused.Message);
    }

    public void Dispose() => _file.Dispose();
}
