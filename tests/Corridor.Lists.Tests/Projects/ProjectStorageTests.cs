using System.Text.Json;
using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Projects;

/// <summary>
/// A project reviewed step by step in a database made by the SQLite migrations, each step in its own
/// context as the API does it: the approvals read back and the approval is exactly one outbox row.
/// </summary>
public sealed class ProjectStorageTests : IAsyncLifetime
{
    private static readonly ReviewPolicy Policy = TestProjects.WithSecretariat;
    private readonly MigratedSqliteDatabase<SqliteListsDbContext> _file = new("lists-storage");

    public Task InitializeAsync() => _file.MigrateAsync();

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Fact]
    public async Task The_whole_review_writes_exactly_one_ProjectApproved_to_the_outbox()
    {
        var agreementId = Guid.NewGuid();
        var project = Project.Draft(TestProjects.Member(DemoOrgans.Yulin), TestProjects.Content(DemoOrgans.Zhaoqing) with { AgreementId = agreementId }, TestProjects.Now);
        project.Submit(TestProjects.Member(DemoOrgans.Yulin), TestProjects.WithSecretariat, TestProjects.Now);
        await SaveNewAsync(project);

        await ChangeAsync(project.Id, p => p.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now));
        await ChangeAsync(project.Id, p => p.Approve(TestProjects.Coordinator(DemoOrgans.Yulin), 1, Policy, TestProjects.Now));
        Assert.DoesNotContain(await OutboxAsync(), m => m.MessageType == typeof(ProjectApproved).FullName);

        await ChangeAsync(project.Id, p => p.Approve(TestProjects.Secretariat(), 1, Policy, TestProjects.Now));

        var outbox = await OutboxAsync();
        var row = Assert.Single(outbox, m => m.MessageType == "Corridor.Contracts.Events.ProjectApproved");
        Assert.Equal(
            ["ProjectDrafted", "ProjectSubmitted", "ProjectApprovalRecorded", "ProjectApprovalRecorded", "ProjectApprovalRecorded", "ProjectApproved"],
            outbox.Select(m => m.MessageType.Split('.')[^1]));
        using var payload = JsonDocument.Parse(row.Payload);
        var approved = payload.RootElement;
        Assert.Equal(project.Id, approved.GetProperty("projectId").GetGuid());
        Assert.Equal(agreementId, approved.GetProperty("agreementId").GetGuid());
        Assert.Equal(1, approved.GetProperty("revision").GetInt32());
        Assert.Equal(5, approved.GetProperty("aggregateVersion").GetInt64());
        Assert.Equal(DemoOrgans.Yulin.Id, approved.GetProperty("leadOrganId").GetString());
        Assert.Equal(
            ["441200", "450900"],
            approved.GetProperty("participatingRegionCodes").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));

        await using var db = _file.Open();
        var stored = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id);
        Assert.Equal(ProjectStatus.Approved, stored.Status);
        Assert.Equal(5, stored.Version);
        Assert.Equal(
            ["coordinator:441200", "coordinator:450900", "secretariat"],
            stored.Approvals.Select(a => a.Party).Order(StringComparer.Ordinal));
        Assert.All(stored.Approvals, a => Assert.Equal(DateTimeKind.Utc, a.ApprovedAt.Kind));
        Assert.Equal([DemoOrgans.Zhaoqing.Id], stored.Partners.Select(p => p.OrganId));
    }

    [Fact]
    public async Task Two_approvals_by_the_same_party_from_stale_copies_cannot_both_be_stored()
    {
        var project = TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        await SaveNewAsync(project);

        await using var first = _file.Open();
        await using var second = _file.Open();
        var mine = await first.Projects.SingleAsync(p => p.Id == project.Id);
        var theirs = await second.Projects.SingleAsync(p => p.Id == project.Id);
        mine.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now);
        theirs.Approve(TestProjects.Coordinator(DemoOrgans.Zhaoqing), 1, Policy, TestProjects.Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.SaveChangesAsync());

        await using var check = _file.Open();
        var stored = await check.Projects.AsNoTracking().SingleAsync(p => p.Id == project.Id);
        Assert.Single(stored.Approvals);
        Assert.Equal(3, stored.Version);
    }

    private async Task SaveNewAsync(Project project)
    {
        await using var db = _file.Open();
        db.Projects.Add(project);
        await db.SaveChangesAsync();
    }

    private async Task ChangeAsync(Guid id, Action<Project> change)
    {
        await using var db = _file.Open();
        change(await db.Projects.SingleAsync(p => p.Id == id));
        await db.SaveChangesAsync();
    }

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = _file.Open();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
    }
}
