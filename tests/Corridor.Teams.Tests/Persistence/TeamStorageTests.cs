using System.Text.Json;
using Corridor.BuildingBlocks.Outbox;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Teams.Teams;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Tests.Persistence;

/// <summary>Teams and the read model stored in a database made by the SQLite migrations.</summary>
public sealed class TeamStorageTests : IAsyncLifetime
{
    private readonly MigratedSqliteDatabase<SqliteTeamsDbContext> _file = new("teams-storage");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task Each_deployment_is_stored_and_written_to_the_outbox_as_one_TeamDeployed_after_the_activation_it_caused()
    {
        var team = TestTeams.Register();
        await using (var db = _file.Open())
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        Assert.Equal("Corridor.Contracts.Events.TeamRegistered", Assert.Single(await OutboxAsync()).MessageType);
        var projectId = Guid.NewGuid();
        Guid deploymentId;
        await using (var db = _file.Open())
        {
            var stored = await db.Teams.SingleAsync(t => t.Id == team.Id);
            deploymentId = stored.Deploy(TestTeams.Owner, projectId, TestTeams.Day(6, 1), null, "长期驻点", TestTeams.Now).Id;
            await db.SaveChangesAsync();
        }

        var rows = await OutboxAsync();
        Assert.Equal(
            ["Corridor.Contracts.Events.TeamRegistered", "Corridor.Contracts.Events.TeamActivated", "Corridor.Contracts.Events.TeamDeployed"],
            rows.Select(r => r.MessageType).ToArray());
        var row = rows[2];
        using var payload = JsonDocument.Parse(row.Payload);
        Assert.Equal(team.Id, payload.RootElement.GetProperty("teamId").GetGuid());
        Assert.Equal(deploymentId, payload.RootElement.GetProperty("deploymentId").GetGuid());
        Assert.Equal(projectId, payload.RootElement.GetProperty("projectId").GetGuid());
        Assert.Equal("2026-06-01", payload.RootElement.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, payload.RootElement.GetProperty("to").ValueKind);
        Assert.Equal(2, payload.RootElement.GetProperty("aggregateVersion").GetInt64());

        await using var check = _file.Open();
        var reloaded = await check.Teams.AsNoTracking().SingleAsync(t => t.Id == team.Id);
        Assert.Equal((TeamStatus.Active, 2L, TestTeams.FormedOn), (reloaded.Status, reloaded.Version, reloaded.FormedOn));
        var deployment = Assert.Single(reloaded.Deployments);
        Assert.Equal((deploymentId, projectId, TestTeams.Day(6, 1), (DateOnly?)null), (deployment.Id, deployment.ProjectId, deployment.From, deployment.To));
    }

    [Fact]
    public async Task The_overlap_rule_holds_against_deployments_loaded_from_the_database()
    {
        var team = TestTeams.Register();
        team.Deploy(TestTeams.Owner, Guid.NewGuid(), TestTeams.Day(6, 1), TestTeams.Day(6, 30), "六月", TestTeams.Now);
        await using (var db = _file.Open())
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        await using var again = _file.Open();
        var stored = await again.Teams.SingleAsync(t => t.Id == team.Id);
        var refused = Assert.Throws<Corridor.BuildingBlocks.Domain.DomainRuleException>(() =>
            stored.Deploy(TestTeams.Owner, Guid.NewGuid(), TestTeams.Day(6, 15), TestTeams.Day(7, 15), "重叠", TestTeams.Now));
        Assert.Equal("deployment.overlap", refused.Code);
    }

    [Fact]
    public async Task Members_outcomes_credits_and_the_audit_trail_are_stored_with_the_team_across_saves()
    {
        var team = TestTeams.Register();
        await using (var db = _file.Open())
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        var problemId = Guid.NewGuid();
        Guid deploymentId;
        await using (var db = _file.Open())
        {
            var stored = await db.Teams.AsSplitQuery().SingleAsync(t => t.Id == team.Id);
            stored.AddMember(TestTeams.Owner, "黄队长", Corridor.Testing.DemoOrgans.Qinzhou.Id, Corridor.Teams.Teams.Members.MemberRole.Leader, true, "13807771234", TestTeams.FormedOn, TestTeams.Now);
            deploymentId = stored.Deploy(TestTeams.Owner, Guid.NewGuid(), TestTeams.Day(4, 1), null, "攻坚", TestTeams.Now).Id;
            await db.SaveChangesAsync();
        }

        await using (var db = _file.Open())
        {
            var stored = await db.Teams.AsSplitQuery().SingleAsync(t => t.Id == team.Id);
            stored.RecordOutcome(TestTeams.Owner, deploymentId, "完成浇筑", TestTeams.Now);
            await db.SaveChangesAsync();
        }

        await using (var db = _file.Open())
        {
            var stored = await db.Teams.AsSplitQuery().SingleAsync(t => t.Id == team.Id);
            stored.CreditProblem(TestTeams.Owner, problemId, deploymentId, "协调用地", TestTeams.Now);
            await db.SaveChangesAsync();
        }

        await using var check = _file.Open();
        var reloaded = await check.Teams.AsNoTracking().AsSplitQuery().SingleAsync(t => t.Id == team.Id);
        Assert.Equal(("黄队长", "13807771234"), (Assert.Single(reloaded.Members).PersonName, reloaded.Members[0].Phone));
        Assert.Equal("完成浇筑", Assert.Single(Assert.Single(reloaded.Deployments).Outcomes).Text);
        Assert.Equal((problemId, (Guid?)deploymentId), (Assert.Single(reloaded.Credits).ProblemId, reloaded.Credits[0].DeploymentId));
        Assert.Equal(["register", "member-join", "activate", "deploy", "outcome", "credit"], reloaded.History.OrderBy(h => h.Id).Select(h => h.Action).ToArray());
        Assert.Equal(5, reloaded.Version);
    }

    [Fact]
    public async Task The_read_model_keeps_one_row_per_project()
    {
        var projectId = Guid.NewGuid();
        await using (var db = _file.Open())
        {
            db.ApprovedProjects.Add(new ApprovedProject(projectId, "标题", "450700", 1, 5, TestTeams.Now));
            await db.SaveChangesAsync();
        }

        await using var duplicate = _file.Open();
        duplicate.ApprovedProjects.Add(new ApprovedProject(projectId, "标题", "450700", 1, 5, TestTeams.Now));
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate.SaveChangesAsync());
    }

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = _file.Open();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
    }

    [Fact]
    public async Task Two_concurrent_refreshes_of_one_approved_project_cannot_let_the_older_fact_win()
    {
        var projectId = Guid.NewGuid();
        await using (var db = _file.Open())
        {
            db.ApprovedProjects.Add(new ApprovedProject(projectId, "平陆运河", "450700", 1, 5, TestTeams.Now));
            await db.SaveChangesAsync();
        }

        await using var newer = _file.Open();
        await using var older = _file.Open();
        var seenByNewer = await newer.ApprovedProjects.SingleAsync(p => p.ProjectId == projectId);
        var seenByOlder = await older.ApprovedProjects.SingleAsync(p => p.ProjectId == projectId);
        seenByNewer.Refresh("平陆运河（二）", 3, 9, TestTeams.Now);
        seenByOlder.Refresh("平陆运河（一）", 2, 7, TestTeams.Now);

        await newer.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => older.SaveChangesAsync());

        await using var check = _file.Open();
        Assert.Equal(9, (await check.ApprovedProjects.AsNoTracking().SingleAsync(p => p.ProjectId == projectId)).SourceVersion);
    }
}
