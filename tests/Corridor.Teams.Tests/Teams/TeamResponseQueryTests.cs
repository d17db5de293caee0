using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Teams;
using Corridor.Teams.Teams.Members;
using Corridor.Teams.Teams.Registry;
using Corridor.Testing;

namespace Corridor.Teams.Tests.Teams;

/// <summary>
/// GetTeam reads only what the response shows; its answer must be the one built from the whole aggregate
/// (<see cref="TeamResponse.From"/>), field for field, in a database made by the SQLite migrations.
/// </summary>
public sealed class TeamResponseQueryTests : IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteTeamsDbContext> _file = new("teams-team-query");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task A_team_with_a_leader_a_former_member_deployments_outcomes_and_credits_reads_as_the_aggregate_shows_it()
    {
        var team = TestTeams.Register();
        var owner = TestTeams.Owner;
        team.AddMember(owner, "张三", DemoOrgans.Qinzhou.Id, MemberRole.Leader, true, null, TestTeams.Day(3, 1), TestTeams.Now);
        team.AddMember(owner, "李四", DemoOrgans.Qinzhou.Id, MemberRole.Member, false, "13800000000", TestTeams.Day(3, 2), TestTeams.Now);
        var former = team.AddMember(owner, "王五", DemoOrgans.Qinzhou.Id, MemberRole.Member, true, null, TestTeams.Day(3, 3), TestTeams.Now);
        team.RemoveMember(owner, former.Id, TestTeams.Day(4, 1), "调离", TestTeams.Now);
        var ended = team.Deploy(owner, Guid.NewGuid(), TestTeams.Day(3, 10), TestTeams.Day(4, 30), "专项攻坚", TestTeams.Now);
        var running = team.Deploy(owner, Guid.NewGuid(), TestTeams.Day(5, 1), null, "长期驻点", TestTeams.Now.AddMinutes(1));
        team.RecordOutcome(owner, running.Id, "完成首批入驻", TestTeams.Now.AddHours(2));
        team.RecordOutcome(owner, running.Id, "协调用地", TestTeams.Now.AddHours(1));
        team.EndDeployment(owner, ended.Id, TestTeams.Day(4, 20), "提前完成", TestTeams.Now);
        team.CreditProblem(owner, Guid.NewGuid(), running.Id, "协助解决", TestTeams.Now.AddHours(3));
        team.CreditProblem(owner, Guid.NewGuid(), null, null, TestTeams.Now.AddHours(1));
        await SaveAsync(team);

        foreach (var day in new[] { TestTeams.Day(3, 15), TestTeams.Day(5, 10) })
        {
            var shown = await AssertReadsAsTheAggregateAsync(team.Id, day);
            Assert.NotNull(shown.Leader);
            Assert.Equal(2, shown.Deployments.Count);
            Assert.Equal(2, shown.Credits.Count);
        }
    }

    [Fact]
    public async Task A_fresh_team_reads_as_the_aggregate_shows_it()
    {
        var team = TestTeams.RegisterBranch(TestTeams.Day(12, 31));
        await SaveAsync(team);

        var shown = await AssertReadsAsTheAggregateAsync(team.Id, TestTeams.Today);
        Assert.Null(shown.Leader);
        Assert.False(shown.Readiness.Ready);
    }

    [Fact]
    public async Task An_unknown_team_is_not_found()
    {
        await using var db = _file.Open();
        await Assert.ThrowsAsync<NotFoundException>(() => TeamResponseQuery.GetAsync(db, Guid.NewGuid(), TestTeams.Today, CancellationToken.None));
    }

    private async Task<TeamResponse> AssertReadsAsTheAggregateAsync(Guid id, DateOnly today)
    {
        await using var db = _file.Open();
        var whole = TeamResponse.From(await TeamReads.GetAsync(db, id, CancellationToken.None), today);
        await using var fresh = _file.Open();
        var shown = await TeamResponseQuery.GetAsync(fresh, id, today, CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(whole), JsonSerializer.Serialize(shown));
        return shown;
    }

    private async Task SaveAsync(Team team)
    {
        await using var db = _file.Open();
        db.Teams.Add(team);
        await db.SaveChangesAsync();
    }
}
