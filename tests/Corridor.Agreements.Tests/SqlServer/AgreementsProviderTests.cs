using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Tests.SqlServer;

/// <summary>The version as concurrency token, asserted the same way on each provider (SQLite here, SQL Server where one answers).</summary>
public abstract class AgreementsProviderTests
{
    /// <summary>A context on a migrated database of the provider under test.</summary>
    protected abstract Task<AgreementsDbContext> OpenAsync();

    [SkippableFact]
    public async Task Of_two_saves_from_the_same_version_the_second_fails_on_the_version_token()
    {
        var agreement = TestAgreements.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        await using (var db = await OpenAsync())
        {
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
        }

        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        var mine = await first.Agreements.SingleAsync(a => a.Id == agreement.Id);
        var theirs = await second.Agreements.SingleAsync(a => a.Id == agreement.Id);
        mine.Propose(DemoOrgans.Yulin.Id);
        theirs.Propose(DemoOrgans.Zhaoqing.Id);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var read = await OpenAsync();
        var stored = await read.Agreements.AsNoTracking().SingleAsync(a => a.Id == agreement.Id);
        Assert.Equal((AgreementStatus.PendingSignatures, agreement.Version + 1), (stored.Status, stored.Version));
        Assert.Single(stored.History, h => h.Action == "propose");
    }
}
