using Corridor.Lists.Infrastructure;
using Corridor.Lists.Resources;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Resources;

/// <summary>Resources in a database made by the SQLite migrations: exact capacity, unique reference per region, upsert outcomes.</summary>
public sealed class ResourceStorageTests : IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteListsDbContext> _file = new("lists-resources");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task Capacity_reads_back_exactly_and_compares_in_SQL()
    {
        await using (var db = _file.Open())
        {
            db.Resources.Add(TestResources.Offered(DemoOrgans.Qinzhou, TestResources.Input(capacity: 0.001m)));
            db.Resources.Add(TestResources.Offered(DemoOrgans.Qinzhou, TestResources.Input(capacity: 12345678.125m)));
            await db.SaveChangesAsync();
        }

        await using var read = _file.Open();
        var large = await read.Resources.Where(r => r.CapacityThousandths > 1).SingleAsync();
        Assert.Equal(12345678.125m, large.Capacity);
        Assert.Equal([0.001m, 12345678.125m], await read.Resources.OrderBy(r => r.CapacityThousandths).Select(r => r.CapacityThousandths).ToListAsync() is var t ? t.Select(ResourceCapacity.FromThousandths) : []);
        Assert.Equal(2, await read.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task An_external_reference_is_unique_within_a_region_only_and_many_resources_may_have_none()
    {
        await using (var db = _file.Open())
        {
            db.Resources.Add(TestResources.Offered(DemoOrgans.Qinzhou, TestResources.Input("R-1")));
            db.Resources.Add(TestResources.Offered(DemoOrgans.Zhanjiang, TestResources.Input("R-1")));
            db.Resources.Add(TestResources.Offered(DemoOrgans.Qinzhou));
            db.Resources.Add(TestResources.Offered(DemoOrgans.Qinzhou));
            await db.SaveChangesAsync();
        }

        await using var again = _file.Open();
        again.Resources.Add(TestResources.Offered(DemoOrgans.Qinzhou, TestResources.Input("R-1")));
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Fact]
    public async Task Upsert_creates_then_updates_then_reports_unchanged_and_finds_items_added_earlier_in_the_same_batch()
    {
        var caller = TestResources.Member(DemoOrgans.Qinzhou);
        await using (var db = _file.Open())
        {
            var (_, first) = await ResourceUpsert.ApplyAsync(db, TestResources.Input("R-9"), caller, TestResources.Now, CancellationToken.None);
            var (_, sameBatch) = await ResourceUpsert.ApplyAsync(db, TestResources.Input("R-9") with { Capacity = 5m }, caller, TestResources.Now, CancellationToken.None);
            await db.SaveChangesAsync();
            Assert.Equal((ResourceUpsertOutcome.Created, ResourceUpsertOutcome.Updated), (first, sameBatch));
        }

        await using (var db = _file.Open())
        {
            var (resource, outcome) = await ResourceUpsert.ApplyAsync(db, TestResources.Input("R-9") with { Capacity = 5m }, caller, TestResources.Now, CancellationToken.None);
            await db.SaveChangesAsync();
            Assert.Equal((ResourceUpsertOutcome.Unchanged, 2L), (outcome, resource.Version));
            var (other, otherOutcome) = await ResourceUpsert.ApplyAsync(db, TestResources.Input("R-9"), TestResources.Member(DemoOrgans.Zhanjiang), TestResources.Now, CancellationToken.None);
            Assert.Equal(ResourceUpsertOutcome.Created, otherOutcome);
            Assert.NotEqual(resource.Id, other.Id);
        }
    }

}
