using System.Net;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Problems;

/// <summary>
/// What bounds the work of a write on a problem: its owned collections load in queries of their own (rows add up, they do
/// not multiply), and urgings, the one collection anyone may grow, are limited per organ and day.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemWriteBoundsTests(SharedRabbitMq rabbitMq)
{
    private static readonly string[] OwnedTables = ["ProblemCoResponsibleOrgans", "ProblemProgressReports", "ProblemUrgings", "ProblemTransitions"];

    [Fact]
    public void An_organ_may_urge_a_problem_up_to_the_limit_a_day_and_other_organs_and_the_next_day_are_not_affected()
    {
        var problem = TestProblems.In(ProblemStatus.InProgress);
        var hezhou = TestProjects.Member(DemoOrgans.Hezhou);
        var now = TestProblems.Now.Date.AddHours(1);
        problem.Urge(hezhou, null, now, 2);
        problem.Urge(hezhou, null, now.AddHours(5), 2);

        var refused = Assert.Throws<DomainRuleException>(() => problem.Urge(hezhou, null, now.AddHours(22), 2));

        Assert.Equal(Problem.UrgingLimitCode, refused.Code);
        Assert.Equal(2, problem.Urgings.Count);
        problem.Urge(TestProblems.CoResponsible, null, now.AddHours(22), 2);
        problem.Urge(hezhou, null, now.AddDays(1), 2);
        Assert.Equal(4, problem.Urgings.Count);
    }

    [Fact]
    public async Task A_write_loads_the_problem_without_joining_its_owned_collections_to_each_other()
    {
        await using var file = new SqliteTestDatabase("problems");
        var recorded = new RecordedCommands();
        var options = new DbContextOptionsBuilder<SqliteListsDbContext>()
            .UseSqlite(file.ConnectionString, s => s.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteListsDbContext>()))
            .AddInterceptors(recorded)
            .Options;
        var problem = TestProblems.In(ProblemStatus.InProgress);
        problem.ReportProgress(TestProblems.Responsible, "已协调", null, TestProblems.Now);
        problem.ReportProgress(TestProblems.CoResponsible, "已对接", null, TestProblems.Now);
        problem.Urge(TestProjects.Member(DemoOrgans.Hezhou), null, TestProblems.Now, 3);
        problem.Urge(TestProblems.Secretariat, null, TestProblems.Now, 3);
        await using (var seed = new SqliteListsDbContext(options))
        {
            await seed.Database.MigrateAsync();
            seed.Problems.Add(problem);
            await seed.SaveChangesAsync();
        }

        recorded.Clear();
        await using (var db = new SqliteListsDbContext(options))
        {
            var written = await new ProblemWriter(db, TimeProvider.System).ApplyAsync(
                problem.Id, VersionPrecondition.None, p => p.ReportProgress(TestProblems.Responsible, "再协调", null, DateTime.UtcNow), CancellationToken.None);
            Assert.Equal(3, written.ProgressReports.Count);
        }

        var loads = recorded.Commands.Where(q => q.Contains("FROM \"Problems\"", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(loads);
        Assert.All(loads, q => Assert.True(
            OwnedTables.Count(t => q.Contains($"\"{t}\"", StringComparison.Ordinal)) <= 1,
            $"One query joins several owned collections, so their rows multiply:\n{q}"));
        Assert.All(OwnedTables, t => Assert.Contains(loads, q => q.Contains($"\"{t}\"", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Past_the_daily_limit_an_organs_urging_is_refused_over_REST_and_gRPC_alike()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync(), new Dictionary<string, string?>
        {
            ["Problems:Urging:MaxPerOrganPerDay"] = "2",
        });
        var api = new ProblemsApi(host);
        var id = await api.AcceptedAsync();
        var hezhou = TestTokens.Member(DemoOrgans.Hezhou);
        await api.ActAsync(hezhou, id, "urge", new { note = "请加快" });
        await api.ActAsync(hezhou, id, "urge");

        var overRest = await (await api.PostAsync(hezhou, $"{ProblemsApi.Path}/{id}/urge")).ReadProblemAsync(HttpStatusCode.Conflict);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var overGrpc = await Assert.ThrowsAsync<RpcException>(async () => await new Contracts.Lists.V1.Problems.ProblemsClient(channel)
            .UrgeProblemAsync(new UrgeProblemRequest { ProblemId = id.ToString() }, new Metadata { { "Authorization", $"Bearer {hezhou}" } }));

        Assert.Equal(Problem.UrgingLimitCode, overRest.GetProperty("code").GetString());
        Assert.Equal(StatusCode.FailedPrecondition, overGrpc.StatusCode);
        Assert.Equal(Problem.UrgingLimitCode, overGrpc.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        var other = await api.ActAsync(TestTokens.Member(DemoOrgans.Zhaoqing), id, "urge");
        Assert.Equal(3, other.GetProperty("urgings").GetArrayLength());
    }
}
