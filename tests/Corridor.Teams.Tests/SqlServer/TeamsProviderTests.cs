using Corridor.Teams.Infrastructure;
using Corridor.Teams.Teams;
using Corridor.Teams.Teams.Registry;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Tests.SqlServer;

/// <summary>
/// What differs by provider, asserted the same way on each (SQLite here, SQL Server where one answers): the
/// version as concurrency token, text search over team names and missions, and external references compared exactly. Each test keeps to its own
/// region's teams, so one database serves the whole class.
/// </summary>
public abstract class TeamsProviderTests
{
    /// <summary>A context on a migrated database of the provider under test.</summary>
    protected abstract Task<TeamsDbContext> OpenAsync();

    [SkippableFact]
    public async Task Of_two_saves_from_the_same_version_the_second_fails_on_the_version_token()
    {
        var owner = TestTeams.Caller(DemoOrgans.Hezhou);
        var team = TestTeams.Register(DemoOrgans.Hezhou);
        await using (var db = await OpenAsync())
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        var mine = await first.Teams.SingleAsync(t => t.Id == team.Id);
        var theirs = await second.Teams.SingleAsync(t => t.Id == team.Id);
        mine.Activate(owner, null, null, TestTeams.Now.AddMinutes(1));
        theirs.StandDown(owner, "任务调整", null, TestTeams.Now.AddMinutes(2));
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var read = await OpenAsync();
        var stored = await read.Teams.AsNoTracking().SingleAsync(t => t.Id == team.Id);
        Assert.Equal((TeamStatus.Active, team.Version + 1), (stored.Status, stored.Version));
    }

    [SkippableFact]
    public async Task Text_search_matches_Latin_letters_of_either_case_and_Chinese_as_written()
    {
        var owner = TestTeams.Caller(DemoOrgans.Qinzhou);
        await using (var db = await OpenAsync())
        {
            db.Teams.AddRange(
                Team.Register(owner, TeamKind.PartyMemberCommando, "Pinglu Canal 党员突击队", "攻坚平陆运河建设难点", TestTeams.FormedOn, null, null, TestTeams.Now),
                Team.Register(owner, TeamKind.YouthCommando, "钦州港青年突击队", "Sea-Rail transfer at the CANAL port", TestTeams.FormedOn, null, null, TestTeams.Now),
                Team.Register(owner, TeamKind.VanguardSquad, "先锋攻坚小组", "100% 通关_提速", TestTeams.FormedOn, null, null, TestTeams.Now));
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Pinglu Canal 党员突击队", "钦州港青年突击队"], await NamesAsync("canal"));
        Assert.Equal(["Pinglu Canal 党员突击队", "钦州港青年突击队"], await NamesAsync("CANAL"));
        Assert.Equal(["钦州港青年突击队"], await NamesAsync("sea-rail"));
        Assert.Equal(["Pinglu Canal 党员突击队", "钦州港青年突击队"], await NamesAsync("突击队"));
        Assert.Equal(["Pinglu Canal 党员突击队"], await NamesAsync("平陆运河"));
        Assert.Equal(["先锋攻坚小组"], await NamesAsync("%"));
        Assert.Equal(["先锋攻坚小组"], await NamesAsync("_提速"));
        Assert.Empty(await NamesAsync("ＣＡＮＡＬ"));
        Assert.Empty(await NamesAsync("运河港"));
    }

    [SkippableFact]
    public async Task External_references_differing_only_in_case_are_two_records()
    {
        var owner = TestTeams.Caller(DemoOrgans.Yulin);
        await using (var db = await OpenAsync())
        {
            db.Teams.AddRange(
                Team.Register(owner, TeamKind.YouthCommando, "玉林青年突击队", "攻坚", TestTeams.FormedOn, null, null, TestTeams.Now, "YL-T-1"),
                Team.Register(owner, TeamKind.YouthCommando, "玉林青年突击二队", "攻坚", TestTeams.FormedOn, null, null, TestTeams.Now, "yl-t-1"));
            await db.SaveChangesAsync();
        }

        await using var read = await OpenAsync();
        var found = await read.Teams.Where(t => t.RegionCode == DemoOrgans.Yulin.RegionCode && t.ExternalReference == "yl-t-1").ToListAsync();
        Assert.Equal("玉林青年突击二队", Assert.Single(found).Name);
    }

    private async Task<List<string>> NamesAsync(string text)
    {
        await using var db = await OpenAsync();
        var page = await new ListTeamsHandler(db, new ReadModelDirectory(db)).HandleAsync(new ListTeams(null, DemoOrgans.Qinzhou.RegionCode, null, null, text, null, 200), CancellationToken.None);
        return page.Items.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
    }
}
