using System.Text.Json;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Lists.Tests.Projects;

/// <summary>
/// Replicas of the Lists service racing the review job over one SQLite file: an overdue review round is reminded
/// once and a blocked one reported once, per round, whoever wins — never twice.
/// </summary>
public sealed class ReviewReminderRaceTests() : ListsReplicaRace("lists-review-race")
{
    private const int Overdue = 16;
    private static readonly DateTime FirstDeadlinePassed = TestProjects.Now.AddDays(TestProjects.WithSecretariat.ReviewDays + 2);

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    public async Task Replicas_remind_each_overdue_round_once_and_report_each_blocked_round_once(int replicas, int rounds)
    {
        var clock = new TestClock(FirstDeadlinePassed);
        var services = Replicas(replicas, clock);
        var projects = new List<Guid>();
        var blocked = new List<Guid>();
        for (var i = 0; i < Overdue; i++)
        {
            // Every other project has a partner in 肇庆, whose coordinator the replicas' configuration (changed after
            // the submissions) no longer has: those rounds are blocked as well as overdue.
            var partner = i % 2 == 0 ? DemoOrgans.Zhaoqing : DemoOrgans.Hezhou;
            var id = await StoreAsync(services[0], TestProjects.Submitted(DemoOrgans.Yulin, partner));
            projects.Add(id);
            if (partner == DemoOrgans.Zhaoqing)
            {
                blocked.Add(id);
            }
        }

        var late = TestProjects.Draft(DemoOrgans.Yulin, DemoOrgans.Hezhou);
        late.Submit(TestProjects.Member(DemoOrgans.Yulin), TestProjects.WithSecretariat, FirstDeadlinePassed.AddDays(-1));
        var notYetDue = await StoreAsync(services[0], late);
        var before = await services[0].QueryAsync(db => db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Version));
        var journalMark = await services[0].QueryAsync(db => db.ChangeJournal.MaxAsync(e => e.Id));

        var changed = await ListsReplica.RaceAsync(services, rounds, RemindAsync);

        Assert.Equal(Overdue, changed.Sum());
        Assert.Equal(0, await RemindAsync(services[0]));
        await AssertRemindedAsync(services[0], projects, blocked, reviewRounds: 1);
        var after = await services[0].QueryAsync(db => db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Version));
        Assert.Equal(before[notYetDue], after[notYetDue]);
        // One save per project: both notices of a blocked project are one change, so one journal entry each.
        var journal = await services[0].QueryAsync(db => db.ChangeJournal.AsNoTracking().Where(e => e.Id > journalMark).ToListAsync());
        Assert.Equal(projects.Order(), journal.Select(e => e.RecordId).Order());
        Assert.All(journal, entry =>
        {
            Assert.Equal(ChangeKind.Updated, entry.Kind);
            Assert.Equal(after[entry.RecordId], entry.Version);
            Assert.Equal(ChangeActor.System, entry.Actor);
        });

        // A second review round of each: sent back, resubmitted, overdue again — reminded (and reported) once more.
        var resubmittedAt = FirstDeadlinePassed.AddDays(1);
        foreach (var id in projects)
        {
            await services[0].QueryAsync(async db =>
            {
                var project = await db.Projects.SingleAsync(p => p.Id == id);
                project.RequestChanges(TestProjects.Secretariat(), project.Revision, "请补充资金来源", TestProjects.WithSecretariat, resubmittedAt);
                project.Submit(TestProjects.Member(DemoOrgans.Yulin), TestProjects.WithSecretariat, resubmittedAt);
                return await db.SaveChangesAsync();
            });
        }

        clock.UtcNow = resubmittedAt.AddDays(TestProjects.WithSecretariat.ReviewDays + 1);
        changed = await ListsReplica.RaceAsync(services, rounds, RemindAsync);

        // The project that was not yet due is overdue now too, in its first round.
        Assert.Equal(Overdue + 1, changed.Sum());
        await AssertRemindedAsync(services[0], projects, blocked, reviewRounds: 2, alsoOverdue: notYetDue);
    }

    [Fact]
    public async Task A_stale_copy_cannot_remind_a_round_a_second_time()
    {
        var clock = new TestClock(FirstDeadlinePassed);
        var services = Replicas(2, clock);
        var id = await StoreAsync(services[0], TestProjects.Submitted(DemoOrgans.Yulin, DemoOrgans.Hezhou));
        await using var first = services[0].Services.CreateAsyncScope();
        var policy = first.ServiceProvider.GetRequiredService<ReviewPolicy>();
        await using var second = services[1].Services.CreateAsyncScope();
        var mine = first.ServiceProvider.GetRequiredService<ListsDbContext>();
        var theirs = second.ServiceProvider.GetRequiredService<ListsDbContext>();
        var myCopy = await mine.Projects.SingleAsync(p => p.Id == id);
        var theirCopy = await theirs.Projects.SingleAsync(p => p.Id == id);

        Assert.True(myCopy.RemindOverdue(policy, clock.UtcNow));
        await mine.SaveChangesAsync();
        Assert.True(theirCopy.RemindOverdue(policy, clock.UtcNow));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => theirs.SaveChangesAsync());
        Assert.Equal([(id, 1)], await EventsAsync(services[1], typeof(ProjectReviewOverdue)));
        var stored = await services[1].QueryAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Single(stored.History, line => line.Action == "remind");
    }

    private static async Task AssertRemindedAsync(ListsReplica replica, List<Guid> projects, List<Guid> blocked, int reviewRounds, Guid? alsoOverdue = null)
    {
        var expectedReminders = projects.SelectMany(id => Enumerable.Range(1, reviewRounds).Select(round => (id, round))).ToList();
        if (alsoOverdue is { } late)
        {
            expectedReminders.Add((late, 1));
        }

        var reminders = await EventsAsync(replica, typeof(ProjectReviewOverdue));
        Assert.Equal(expectedReminders.Order(), reminders.Order());
        var reports = await EventsAsync(replica, typeof(ProjectReviewBlocked));
        Assert.Equal(blocked.SelectMany(id => Enumerable.Range(1, reviewRounds).Select(round => (id, round))).Order(), reports.Order());

        var stored = await replica.QueryAsync(db => db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id));
        Assert.All(projects, id =>
        {
            Assert.Equal(reviewRounds, stored[id].History.Count(line => line.Action == "remind"));
            Assert.Equal(blocked.Contains(id) ? reviewRounds : 0, stored[id].History.Count(line => line.Action == "report-blocked"));
            Assert.Equal(reviewRounds, stored[id].RemindedRound);
        });
    }

    private List<ListsReplica> Replicas(int count, TestClock clock)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{ReviewPolicy.Section}:{nameof(ReviewPolicy.RequireSecretariat)}"] = "true",
            [$"{ReviewPolicy.Section}:{nameof(ReviewPolicy.RegionsWithoutCoordinator)}:0"] = DemoOrgans.Zhaoqing.RegionCode,
            // Smaller than the backlog: a round that lost every race still leaves work for the next.
            [$"{ReviewReminderOptions.Section}:{nameof(ReviewReminderOptions.BatchSize)}"] = "10",
        };
        return AddReplicas(count, clock, settings);
    }

    private static Task<int> RemindAsync(ListsReplica replica) =>
        replica.InScopeAsync(services => services.GetRequiredService<ReviewReminders>().RunOnceAsync(CancellationToken.None));

    private static async Task<Guid> StoreAsync(ListsReplica replica, Project project)
    {
        await replica.QueryAsync(db =>
        {
            db.Projects.Add(project);
            return db.SaveChangesAsync();
        });
        return project.Id;
    }

    private static async Task<List<(Guid Project, int Round)>> EventsAsync(ListsReplica replica, Type type)
    {
        var payloads = await replica.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == type.FullName).Select(m => m.Payload).ToListAsync());
        return payloads
            .Select(payload => JsonDocument.Parse(payload).RootElement)
            .Select(e => (e.GetProperty("projectId").GetGuid(), e.GetProperty("round").GetInt32()))
            .ToList();
    }
}
