using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Problems.Escalation;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Lists.Tests.Problems;

/// <summary>The escalation job on a real host: overdue problems are escalated exactly once, even when two rounds race.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemEscalationTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A problem accepted <paramref name="daysAgo"/> days ago, due the day after: overdue by daysAgo - 1 days.</summary>
    private static async Task<Guid> StoreOverdueAsync(ServiceHost<ListsServiceMarker> host, int daysAgo)
    {
        var then = DateTime.UtcNow.AddDays(-daysAgo);
        var problem = Problem.Raise(TestProblems.Raiser, "口岸查验排队久", "", ProblemCategory.Customs, ProblemSeverity.Medium, null, null, then);
        problem.Accept(TestProblems.Supervisor, TestProblems.YulinBureau.Id, "450900", [], DateOnly.FromDateTime(then).AddDays(1), then);
        problem.Start(TestProblems.Responsible, then);
        await host.QueryAsync<ListsDbContext, int>(db =>
        {
            db.Problems.Add(problem);
            return db.SaveChangesAsync();
        });
        return problem.Id;
    }

    [SkippableFact]
    public async Task The_job_escalates_a_problem_overdue_long_enough_once_and_coordinators_see_it()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var escalations = await EventProbe.ListenAsync<ProblemEscalated>(vhost);
        await using var host = await ProblemsApi.StartAsync(vhost, new Dictionary<string, string?>
        {
            ["Problems:Escalation:Interval"] = "00:00:00.200",
            ["Problems:Escalation:OverdueDaysBeforeEscalation"] = "3",
        });
        var overdue = await StoreOverdueAsync(host, daysAgo: 10);
        var notYet = await StoreOverdueAsync(host, daysAgo: 3);

        var escalated = await escalations.WaitForAsync(m => m.GetProperty("problemId").GetGuid() == overdue, EventTimeout, "ProblemEscalated is published");
        Assert.Equal(9, escalated.Message.GetProperty("daysOverdue").GetInt32());
        // More rounds escalate nothing again, nor the problem overdue for only 2 days; once the outbox is drained
        // every copy ever published is queued ahead of the probe's marker.
        for (var round = 0; round < 3; round++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ProblemEscalation>().RunOnceAsync(CancellationToken.None));
        }

        await OutboxDrain.WaitAsync<ListsServiceMarker, ListsDbContext>(host, EventTimeout);
        Assert.Single(await escalations.DrainAsync(EventTimeout));

        var api = new ProblemsApi(host);
        var forYulin = await api.GetAsync($"{ProblemsApi.Path}/escalated", ProblemsApi.Supervisor);
        var item = Assert.Single(forYulin.GetProperty("items").EnumerateArray());
        Assert.Equal(overdue, item.GetProperty("id").GetGuid());
        Assert.True(item.GetProperty("overdue").GetBoolean());
        var forZhaoqing = await api.GetAsync($"{ProblemsApi.Path}/escalated", TestTokens.Coordinator(DemoOrgans.Zhaoqing));
        Assert.Empty(forZhaoqing.GetProperty("items").EnumerateArray());
        using (var member = host.CreateRestClient(ProblemsApi.Raiser))
        {
            await (await member.GetAsync($"{ProblemsApi.Path}/escalated")).ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var detail = await api.GetAsync($"{ProblemsApi.Path}/{notYet}");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("escalatedAt").ValueKind);
        Assert.Equal(2, detail.GetProperty("daysOverdue").GetInt32());
        var overdueList = await api.GetAsync($"{ProblemsApi.Path}?overdue=true");
        Assert.Equal(2, overdueList.GetProperty("items").GetArrayLength());
        var history = await api.GetAsync($"{ProblemsApi.Path}/{overdue}/history");
        Assert.Equal("escalate", history[history.GetArrayLength() - 1].GetProperty("action").GetString());
    }

    [SkippableFact]
    public async Task Two_rounds_racing_over_the_same_problem_escalate_it_once()
    {
        // One round at start-up, then none for an hour: the rounds below are the only ones.
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync(), new Dictionary<string, string?>
        {
            ["Problems:Escalation:Interval"] = "01:00:00",
            ["Problems:Escalation:OverdueDaysBeforeEscalation"] = "1",
        });
        var ids = new[] { await StoreOverdueAsync(host, 5), await StoreOverdueAsync(host, 6), await StoreOverdueAsync(host, 7) };

        async Task<int> RoundAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ProblemEscalation>().RunOnceAsync(CancellationToken.None);
        }

        var rounds = await Task.WhenAll(RoundAsync(), RoundAsync());

        Assert.Equal(3, rounds.Sum());
        Assert.Equal(0, await RoundAsync());
        var events = await host.QueryAsync<ListsDbContext, List<string>>(db =>
            db.OutboxMessages.AsNoTracking().Where(m => m.MessageType.Contains(nameof(ProblemEscalated))).Select(m => m.Payload).ToListAsync());
        Assert.Equal(3, events.Count);
        Assert.Equal(ids.Order(), events.Select(e => JsonDocument.Parse(e).RootElement.GetProperty("problemId").GetGuid()).Order());
    }
}
