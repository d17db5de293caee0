using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Teams.Teams;
using Corridor.Teams.Teams.Deployments;
using Corridor.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Tests.Concurrency;

/// <summary>
/// A team deployed while its project is cancelled, with the interleaving fixed by the test (issue 15, defect 18): the
/// cancellation (ProjectCancelled applied as its consumer applies it) commits after the deployment read the project and
/// before it saved, or the deployment commits after the consumer looked for open deployments and before it saved.
/// Either way no deployment to the cancelled project stays open.
/// </summary>
public sealed class DeployCancelRaceTests : IAsyncLifetime
{
    private static readonly DateTime Now = TestTeams.Now;
    private static readonly DateOnly Today = TestTeams.Today;
    private readonly MigratedSqliteDatabase<SqliteTeamsDbContext> _file = new("teams-deploy-cancel");
    private readonly Guid _project = Guid.NewGuid();

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task A_cancellation_applied_while_a_deployment_asks_Lists_refuses_the_deployment()
    {
        var team = await SeedAsync(projectKnown: true);
        await using var deploying = _file.Open();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => DeployAsync(deploying, team, whileListsAnswers: CancelAsync));

        Assert.Equal("deployment.project-closed", refused.Code);
        Assert.Empty(await OpenDeploymentsAsync());
    }

    [Fact]
    public async Task A_cancellation_of_a_project_whose_approval_has_not_reached_Teams_refuses_the_deployment_in_flight()
    {
        var team = await SeedAsync(projectKnown: false);
        await using var deploying = _file.Open();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => DeployAsync(deploying, team, whileListsAnswers: CancelAsync));

        Assert.Equal("deployment.project-closed", refused.Code);
        Assert.Empty(await OpenDeploymentsAsync());
    }

    [Fact]
    public async Task A_deployment_under_an_Idempotency_Key_saved_with_its_answer_is_refused_by_a_cancellation_applied_meanwhile()
    {
        var team = await SeedAsync(projectKnown: true);
        await using var deploying = _file.Open();
        var writes = new IdempotentWrites(deploying, new FixedTime(Now));
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Path = $"/api/v1/teams/{team}/deployments";
        http.Request.Headers["Idempotency-Key"] = "qz-deploy-race";

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => writes.RunAsync(
            http, TestTeams.Owner, new { team }, StatusCodes.Status201Created,
            () => DeployAsync(deploying, team, whileListsAnswers: CancelAsync, writes),
            deployed => (deployed.Deployment, deployed.Version, null)));

        Assert.Equal("deployment.project-closed", refused.Code);
        Assert.Empty(await OpenDeploymentsAsync());
        await using var db = _file.Open();
        Assert.False(await db.IdempotencyRecords.AnyAsync());
    }

    [Fact]
    public async Task A_deployment_saved_while_the_cancellation_is_applied_is_ended_by_it()
    {
        var team = await SeedAsync(projectKnown: true);
        var deployed = false;

        // As MassTransit's retry does: the consumer's save that lost the race is applied again, on fresh reads.
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await using var consuming = _file.Open(new BeforeFirstSave(async () =>
            {
                if (!deployed)
                {
                    deployed = true;
                    await using var deploying = _file.Open();
                    await DeployAsync(deploying, team, whileListsAnswers: () => Task.CompletedTask);
                }
            }));
            try
            {
                await ApplyCancellationAsync(consuming);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt == 1)
            {
            }
        }

        Assert.True(deployed);
        Assert.Empty(await OpenDeploymentsAsync());
        await using var db = _file.Open();
        var ended = Assert.Single((await db.Teams.AsSplitQuery().SingleAsync(t => t.Id == team)).Deployments);
        Assert.Equal(Today, ended.EndedOn);
    }

    private async Task<Guid> SeedAsync(bool projectKnown)
    {
        var team = Team.Register(TestTeams.Owner, TeamKind.VanguardSquad, "钦州港先锋攻坚小组", "码头审批攻坚", Today.AddMonths(-2), null, null, Now);
        await using var db = _file.Open();
        db.Teams.Add(team);
        if (projectKnown)
        {
            db.ApprovedProjects.Add(new ApprovedProject(_project, "钦州港区航道扩建联建项目", "450700", 1, 7, Now.AddDays(-30)));
        }

        await db.SaveChangesAsync();
        return team.Id;
    }

    private Task<DeploymentChanged> DeployAsync(TeamsDbContext db, Guid team, Func<Task> whileListsAnswers, IdempotentWrites? writes = null)
    {
        var clock = new FixedTime(Now);
        writes ??= new IdempotentWrites(db, clock);
        var lists = new ProjectApprovalCheck(new ListsSaysApproved(_project, whileListsAnswers));
        var handler = new DeployTeamHandler(new TeamWriter(db, writes, new ReadModelDirectory(db), clock), writes, TestTeams.Owner, new ProjectAdmission(db, lists));
        return handler.HandleAsync(new DeployTeam(team, VersionPrecondition.None, _project, Today, null, "航道扩建组织保障"), CancellationToken.None);
    }

    private async Task CancelAsync()
    {
        await using var db = _file.Open();
        await ApplyCancellationAsync(db);
    }

    /// <summary>What ProjectCancelledConsumer does with the message, saved as its inbox transaction saves it.</summary>
    private async Task ApplyCancellationAsync(TeamsDbContext db)
    {
        await ProjectEnding.ApplyAsync(db, _project, "450700", ApprovedProjectStatus.Cancelled, Today, "project cancelled: 资金未落实", 9, Now, Now, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private async Task<List<Deployment>> OpenDeploymentsAsync()
    {
        await using var db = _file.Open();
        var teams = await db.Teams.AsSplitQuery().ToListAsync();
        return teams.SelectMany(t => t.Deployments).Where(d => d.ProjectId == _project && d.EndedOn is null).ToList();
    }
}
