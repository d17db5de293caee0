using System.Text.Json;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Reactions;
using Corridor.Lists.Projects.Review;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Projects;

/// <summary>
/// GetProject reads only what the response shows; its answer must be the one built from the whole aggregate
/// (<see cref="ProjectResponse.From"/>), field for field, in a database made by the SQLite migrations.
/// </summary>
public sealed class ProjectResponseQueryTests : IAsyncLifetime
{
    // Zhanjiang's coordinator can never approve: the project shows a blocked party.
    private static readonly ReviewPolicy Policy = new() { RequireSecretariat = true, RegionsWithoutCoordinator = [DemoOrgans.Zhanjiang.RegionCode] };
    private readonly MigratedSqliteDatabase<SqliteListsDbContext> _file = new("lists-project-query");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task A_reviewed_project_with_a_voided_approval_a_flagged_agreement_and_deployments_reads_as_the_aggregate_shows_it()
    {
        var agreementId = Guid.NewGuid();
        var lead = TestProjects.Member(DemoOrgans.Yulin);
        var content = TestProjects.Content(DemoOrgans.Zhaoqing, DemoOrgans.Qinzhou, DemoOrgans.Zhanjiang) with { AgreementId = agreementId };
        var project = Project.Draft(lead, content, TestProjects.Now);
        project.Submit(lead, Policy, TestProjects.Now);
        project.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now.AddHours(1));
        project.Edit(lead, content with { Title = "玉林—肇庆—钦州 产业协作" }, Policy, TestProjects.Now.AddHours(2));
        project.Approve(TestProjects.Coordinator(DemoOrgans.Qinzhou), 2, Policy, TestProjects.Now.AddHours(3));
        var agreement = new LinkedAgreement(agreementId);
        agreement.Apply("Suspended", "与会方退出", 4, TestProjects.Now.AddHours(4));
        var later = new ProjectDeployment(Guid.NewGuid(), Guid.NewGuid(), project.Id);
        later.Deployed(new DateOnly(2026, 9, 1), null, TestProjects.Now);
        var earlier = new ProjectDeployment(Guid.NewGuid(), Guid.NewGuid(), project.Id);
        earlier.Deployed(new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 1), TestProjects.Now);
        earlier.Ended(new DateOnly(2026, 7, 20), "提前完成", TestProjects.Now);
        await SaveAsync(db =>
        {
            db.Projects.Add(project);
            db.LinkedAgreements.Add(agreement);
            db.ProjectDeployments.AddRange(later, earlier);
        });

        var now = project.ReviewDueAt!.Value.AddMinutes(1);
        var shown = await AssertReadsAsTheAggregateAsync(project.Id, now);
        Assert.True(shown.ReviewOverdue);
        Assert.Contains(shown.Approvals, a => a.Voided);
        Assert.NotEmpty(shown.PendingApprovals);
        Assert.Equal(["coordinator:" + DemoOrgans.Zhanjiang.RegionCode], shown.BlockedApprovals);
        Assert.True(shown.Agreement!.Flagged);
        Assert.Equal(2, shown.DeployedTeams.Count);
    }

    [Fact]
    public async Task A_draft_without_agreement_approvals_or_deployments_reads_as_the_aggregate_shows_it()
    {
        var project = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        await SaveAsync(db => db.Projects.Add(project));

        var shown = await AssertReadsAsTheAggregateAsync(project.Id, TestProjects.Now);
        Assert.Null(shown.Agreement);
        Assert.Empty(shown.Approvals);
        Assert.Empty(shown.DeployedTeams);
    }

    [Fact]
    public async Task An_unknown_project_is_not_found()
    {
        await using var db = _file.Open();
        await Assert.ThrowsAsync<Corridor.BuildingBlocks.Domain.NotFoundException>(
            () => ProjectResponseQuery.GetAsync(db, Guid.NewGuid(), Policy, TestProjects.Now, CancellationToken.None));
    }

    private async Task<ProjectResponse> AssertReadsAsTheAggregateAsync(Guid id, DateTime now)
    {
        await using var db = _file.Open();
        var whole = await ProjectQueries.ViewAsync(db, await ProjectQueries.GetAsync(db, id, CancellationToken.None), Policy, now, CancellationToken.None);
        await using var fresh = _file.Open();
        var shown = await ProjectResponseQuery.GetAsync(fresh, id, Policy, now, CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(whole), JsonSerializer.Serialize(shown));
        return shown;
    }

    private async Task SaveAsync(Action<ListsDbContext> add)
    {
        await using var db = _file.Open();
        add(db);
        await db.SaveChangesAsync();
    }
}
