using System.Text.Json;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Problems.Escalation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Lists.Tests.Problems;

/// <summary>
/// Replicas of the Lists service racing the escalation job over one SQLite file: every overdue problem is
/// escalated exactly once (one ProblemEscalated, one "escalate" line on its trail, one journal entry), whoever wins,
/// and nothing else is touched.
/// </summary>
public sealed class EscalationRaceTests() : ListsReplicaRace("lists-escalation-race")
{
    private const int Overdue = 24;
    private const int OverdueDaysBeforeEscalation = 3;
    private static readonly DateTime Now = new(2026, 6, 20, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    [Theory]
    [InlineData(2, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    public async Task Replicas_escalate_each_overdue_problem_exactly_once(int replicas, int rounds)
    {
        var services = Replicas(replicas);
        var overdue = new List<Guid>();
        for (var i = 0; i < Overdue; i++)
        {
            // Overdue by 3 to 7 days, in each status that has a due date.
            overdue.Add(await StoreAsync(services[0], Today.AddDays(-OverdueDaysBeforeEscalation - (i % 5)), i % 2 == 0 ? ProblemStatus.InProgress : ProblemStatus.Accepted));
        }

        var untouched = new[]
        {
            await StoreAsync(services[0], Today.AddDays(-OverdueDaysBeforeEscalation + 1), ProblemStatus.InProgress),
            await StoreAsync(services[0], Today.AddDays(5), ProblemStatus.Accepted),
            await StoreAsync(services[0], Today.AddDays(-10), ProblemStatus.Resolved),
        };
        var before = await services[0].QueryAsync(db => db.Problems.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Version));
        var journalMark = await services[0].QueryAsync(db => db.ChangeJournal.MaxAsync(e => e.Id));

        var escalated = await ListsReplica.RaceAsync(services, rounds, EscalateAsync);

        Assert.Equal(Overdue, escalated.Sum());
        Assert.Equal(0, await EscalateAsync(services[0]));
        var problems = await services[0].QueryAsync(db => db.Problems.AsNoTracking().ToDictionaryAsync(p => p.Id));
        Assert.All(overdue, id =>
        {
            Assert.Equal(Now, problems[id].EscalatedAt);
            Assert.Equal(before[id] + 1, problems[id].Version);
            Assert.Single(problems[id].History, line => line.Action == "escalate");
        });
        Assert.All(untouched, id =>
        {
            Assert.Null(problems[id].EscalatedAt);
            Assert.Equal(before[id], problems[id].Version);
            Assert.DoesNotContain(problems[id].History, line => line.Action == "escalate");
        });

        var events = await services[0].QueryAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType == typeof(ProblemEscalated).FullName).Select(m => m.Payload).ToListAsync());
        Assert.Equal(Overdue, events.Count);
        Assert.Equal(overdue.Order(), events.Select(e => JsonDocument.Parse(e).RootElement.GetProperty("problemId").GetGuid()).Order());

        // The escalation keeps the status, so the feed shows each as one Updated entry carrying the new version.
        var journal = await services[0].QueryAsync(db => db.ChangeJournal.AsNoTracking().Where(e => e.Id > journalMark).ToListAsync());
        Assert.Equal(Overdue, journal.Count);
        Assert.Equal(overdue.Order(), journal.Select(e => e.RecordId).Order());
        Assert.All(journal, entry =>
        {
            Assert.Equal("problem", entry.RecordType);
            Assert.Equal(ChangeKind.Updated, entry.Kind);
            Assert.Equal(before[entry.RecordId] + 1, entry.Version);
            Assert.Equal(ChangeActor.System, entry.Actor);
            Assert.NotEqual(JsonValueKind.Null, JsonDocument.Parse(entry.Content!).RootElement.GetProperty("escalatedAt").ValueKind);
        });
    }

    [Fact]
    public async Task A_stale_copy_cannot_escalate_a_problem_a_second_time()
    {
        var services = Replicas(2);
        var id = await StoreAsync(services[0], Today.AddDays(-5), ProblemStatus.InProgress);
        var journalMark = await services[0].QueryAsync(db => db.ChangeJournal.MaxAsync(e => e.Id));
        await using var first = services[0].Services.CreateAsyncScope();
        await using var second = services[1].Services.CreateAsyncScope();
        var mine = first.ServiceProvider.GetRequiredService<ListsDbContext>();
        var theirs = second.ServiceProvider.GetRequiredService<ListsDbContext>();
        var myCopy = await mine.Problems.SingleAsync(p => p.Id == id);
        var theirCopy = await theirs.Problems.SingleAsync(p => p.Id == id);

        myCopy.Escalate(OverdueDaysBeforeEscalation, Now);
        await mine.SaveChangesAsync();
        theirCopy.Escalate(OverdueDaysBeforeEscalation, Now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => theirs.SaveChangesAsync());
        var stored = await services[1].QueryAsync(db => db.Problems.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Single(stored.History, line => line.Action == "escalate");
        Assert.Equal(1, await services[1].QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType == typeof(ProblemEscalated).FullName)));
        var journal = Assert.Single(await services[1].QueryAsync(db => db.ChangeJournal.AsNoTracking().Where(e => e.Id > journalMark).ToListAsync()));
        Assert.Equal(stored.Version, journal.Version);
    }

    private List<ListsReplica> Replicas(int count)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{EscalationOptions.Section}:{nameof(EscalationOptions.OverdueDaysBeforeEscalation)}"] = OverdueDaysBeforeEscalation.ToString(),
            // Smaller than the backlog: a round that lost every race still leaves work for the next.
            [$"{EscalationOptions.Section}:{nameof(EscalationOptions.BatchSize)}"] = "20",
        };
        return AddReplicas(count, new TestClock(Now), settings);
    }

    private static Task<int> EscalateAsync(ListsReplica replica) =>
        replica.InScopeAsync(services => services.GetRequiredService<ProblemEscalation>().RunOnceAsync(CancellationToken.None));

    /// <summary>A problem accepted the day before <paramref name="due"/> and brought to <paramref name="status"/>.</summary>
    private static async Task<Guid> StoreAsync(ListsReplica replica, DateOnly due, ProblemStatus status)
    {
        var then = due.AddDays(-1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var problem = Problem.Raise(TestProblems.Raiser, "口岸查验排队久", "", ProblemCategory.Customs, ProblemSeverity.Medium, null, null, then);
        problem.Accept(TestProblems.Supervisor, TestProblems.YulinBureau.Id, TestProblems.YulinBureau.RegionCode, [], due, then);
        if (status is ProblemStatus.InProgress or ProblemStatus.Resolved)
        {
            problem.Start(TestProblems.Responsible, then);
        }

        if (status == ProblemStatus.Resolved)
        {
            problem.Resolve(TestProblems.Responsible, "已增开查验通道", then);
        }

        Assert.Equal(status, problem.Status);
        await replica.QueryAsync(db =>
        {
            db.Problems.Add(problem);
            return db.SaveChangesAsync();
        });
        return problem.Id;
    }
}
