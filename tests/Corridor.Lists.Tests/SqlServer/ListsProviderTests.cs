using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Resources;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.SqlServer;

/// <summary>
/// What differs by provider, asserted the same way on each (SQLite here, SQL Server where one answers):
/// the version as concurrency token, text search (Latin letters of either case, Chinese as written, wildcards
/// literal), external references and idempotency keys compared exactly, and keyset paging over ids, which SQL Server orders as uniqueidentifier, not as .NET or SQLite do.
/// Each test keeps to its own organ's resources, so one database serves the whole class.
/// </summary>
public abstract class ListsProviderTests
{
    private static readonly DateTime Now = TestResources.Now;

    /// <summary>A context on a migrated database of the provider under test.</summary>
    protected abstract Task<ListsDbContext> OpenAsync();

    [SkippableFact]
    public async Task Of_two_saves_from_the_same_version_the_second_fails_on_the_version_token()
    {
        var owner = TestResources.Member(DemoOrgans.Hezhou);
        var resource = TestResources.Offered(DemoOrgans.Hezhou);
        await using (var db = await OpenAsync())
        {
            db.Resources.Add(resource);
            await db.SaveChangesAsync();
        }

        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        var mine = await first.Resources.SingleAsync(r => r.Id == resource.Id);
        var theirs = await second.Resources.SingleAsync(r => r.Id == resource.Id);
        mine.Withdraw(owner, "舱位已全部分配", Now.AddMinutes(1));
        theirs.MarkExhausted(owner, Now.AddMinutes(2));
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var read = await OpenAsync();
        var stored = await read.Resources.AsNoTracking().SingleAsync(r => r.Id == resource.Id);
        Assert.Equal((ResourceStatus.Withdrawn, 2L), (stored.Status, stored.Version));
    }

    [SkippableFact]
    public async Task Text_search_matches_Latin_letters_of_either_case_Chinese_as_written_and_wildcards_literally()
    {
        await using (var db = await OpenAsync())
        {
            db.Resources.AddRange(
                Offer("Port of Qinzhou 钦州港", "sea-rail containers", "TEU/月"),
                Offer("北部湾港冷链仓储", "COLD-CHAIN storage near the PORT", "吨"),
                Offer("平陆运河 航道", "channel capacity 100% booked_out", "艘次"),
                Offer("玉林 物流园", "Logistics park [east]", "m²"));
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Port of Qinzhou 钦州港", "北部湾港冷链仓储"], await TitlesAsync("port"));
        Assert.Equal(["Port of Qinzhou 钦州港", "北部湾港冷链仓储"], await TitlesAsync("PORT"));
        Assert.Equal(["北部湾港冷链仓储"], await TitlesAsync("Cold-Chain"));
        Assert.Equal(["Port of Qinzhou 钦州港"], await TitlesAsync("teu"));
        Assert.Equal(["Port of Qinzhou 钦州港"], await TitlesAsync("钦州港"));
        Assert.Equal(["Port of Qinzhou 钦州港", "北部湾港冷链仓储"], await TitlesAsync("港"));
        Assert.Equal(["平陆运河 航道"], await TitlesAsync("%"));
        Assert.Equal(["平陆运河 航道"], await TitlesAsync("_out"));
        Assert.Equal(["玉林 物流园"], await TitlesAsync("[east]"));
        Assert.Empty(await TitlesAsync("[e]"));
        Assert.Empty(await TitlesAsync("ＰＯＲＴ"));
        Assert.Empty(await TitlesAsync("港口"));
    }

    [SkippableFact]
    public async Task Paging_through_resources_created_in_the_same_instant_returns_each_exactly_once()
    {
        var organ = DemoOrgans.Zhanjiang;
        var created = new List<Guid>();
        await using (var db = await OpenAsync())
        {
            for (var i = 0; i < 23; i++)
            {
                // Most share one CreatedAt, so the pages turn on the id alone.
                var resource = Resource.Offer(TestResources.Input(), TestResources.Member(organ), i < 18 ? Now : Now.AddSeconds(i));
                db.Resources.Add(resource);
                created.Add(resource.Id);
            }

            await db.SaveChangesAsync();
        }

        var seen = new List<Guid>();
        PageCursor? cursor = null;
        for (var page = 0; page < 20; page++)
        {
            await using var db = await OpenAsync();
            var result = await ResourceQuery.PageAsync(db, new ResourceFilter(Organ: organ.Id), cursor, 4, CancellationToken.None);
            seen.AddRange(result.Items.Select(r => r.Id));
            if (result.NextCursor is null)
            {
                break;
            }

            cursor = PageCursor.Decode(result.NextCursor, "cursor");
        }

        Assert.Equal(created.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [SkippableFact]
    public async Task External_references_differing_only_in_case_are_two_records()
    {
        await using (var db = await OpenAsync())
        {
            db.Resources.AddRange(
                TestResources.Offered(DemoOrgans.Yulin, TestResources.Input("GX-2026-7")),
                TestResources.Offered(DemoOrgans.Yulin, TestResources.Input("gx-2026-7")));
            await db.SaveChangesAsync();
        }

        await using var read = await OpenAsync();
        var found = await read.Resources.Where(r => r.RegionCode == DemoOrgans.Yulin.RegionCode && r.ExternalReference == "gx-2026-7").ToListAsync();
        Assert.Equal("gx-2026-7", Assert.Single(found).ExternalReference);
    }

    [SkippableFact]
    public async Task Idempotency_keys_differing_only_in_case_are_two_keys()
    {
        const string Caller = "sync-450900";
        await using (var db = await OpenAsync())
        {
            db.IdempotencyRecords.AddRange(Record(Caller, "Batch-7F3A", 201), Record(Caller, "batch-7f3a", 200));
            await db.SaveChangesAsync();
        }

        await using var read = await OpenAsync();
        var found = await read.IdempotencyRecords.Where(r => r.Caller == Caller && r.Key == "batch-7f3a").ToListAsync();
        Assert.Equal(200, Assert.Single(found).StatusCode);
    }

    private static IdempotencyRecord Record(string caller, string key, int status) => new()
    {
        Caller = caller,
        Key = key,
        RequestHash = new string('0', 64),
        StatusCode = status,
        ContentType = "application/json",
        ResponseBody = "{}",
        CreatedAt = Now,
    };

    private static Resource Offer(string title, string description, string unit) => Resource.Offer(
        new ResourceInput(title, description, ResourceCategory.LogisticsCapacity, 10m, unit, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null),
        TestResources.Member(DemoOrgans.Qinzhou),
        Now);

    private async Task<List<string>> TitlesAsync(string text)
    {
        await using var db = await OpenAsync();
        var page = await ResourceQuery.PageAsync(db, new ResourceFilter(Organ: DemoOrgans.Qinzhou.Id, Text: text), null, ResourceQuery.MaxLimit, CancellationToken.None);
        return page.Items.Select(r => r.Title).Order(StringComparer.Ordinal).ToList();
    }
}
