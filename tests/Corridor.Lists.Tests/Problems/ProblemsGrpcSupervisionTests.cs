using Corridor.Contracts.Events;
using Corridor.Contracts.Lists.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Problems;

/// <summary>Every supervision step over gRPC on a real h2c port, with the events on the real broker and the REST rules' refusals.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemsGrpcSupervisionTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_problem_goes_from_raised_to_closed_and_is_reopened_rejected_merged_and_transferred_over_gRPC()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var closedEvents = await EventProbe.ListenAsync<ProblemClosed>(vhost);
        await using var merged = await EventProbe.ListenAsync<ProblemMarkedDuplicate>(vhost);
        await using var host = await ProblemsApi.StartAsync(vhost);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new Contracts.Lists.V1.Problems.ProblemsClient(channel);
        var (raiser, supervisor, responsible) = (Bearer(ProblemsApi.Raiser), Bearer(ProblemsApi.Supervisor), Bearer(ProblemsApi.Responsible));

        var invalid = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.RaiseProblemAsync(new RaiseProblemRequest { Title = "", Category = "Weather", Severity = "High", EnterpriseCreditCode = "123" }, raiser));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal(["Category", "EnterpriseCreditCode", "Title"], Fields(invalid));

        var raised = await client.RaiseProblemAsync(Raise("YL-2026-001"), raiser);
        Assert.Equal(("Open", 1L, "450900"), (raised.Status, raised.Version, raised.RaisedByRegionCode));
        var id = raised.ProblemId;

        var badAccept = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.AcceptProblemAsync(new AcceptProblemRequest { ProblemId = id, ResponsibleOrganId = TestProblems.YulinBureau.Id, ResponsibleRegionCode = "450900", DueDate = "31/12/2026" }, supervisor));
        Assert.Equal(["DueDate"], Fields(badAccept));
        var notSupervisor = await Assert.ThrowsAsync<RpcException>(async () => await client.AcceptProblemAsync(Accept(id), raiser));
        Assert.Equal((StatusCode.PermissionDenied, "problem.not-a-supervisor"), (notSupervisor.StatusCode, Reason(notSupervisor)));
        var accepted = await client.AcceptProblemAsync(Accept(id, expectedVersion: 1), supervisor);
        Assert.Equal(("Accepted", TestProblems.YulinBureau.Id), (accepted.Status, accepted.ResponsibleOrganId));

        await client.StartProblemAsync(new ProblemActionRequest { ProblemId = id }, responsible);
        await client.ResolveProblemAsync(new ResolveProblemRequest { ProblemId = id, Resolution = "协调加开班列" }, responsible);
        var badScore = await Assert.ThrowsAsync<RpcException>(async () => await client.ConfirmProblemAsync(new ConfirmProblemRequest { ProblemId = id, Satisfaction = 6 }, raiser));
        Assert.Equal(["Satisfaction"], Fields(badScore));
        var reopened = await client.ReopenProblemAsync(new ProblemReasonRequest { ProblemId = id, Reason = "班列仍不足" }, raiser);
        Assert.Equal("Reopened", reopened.Status);
        await client.StartProblemAsync(new ProblemActionRequest { ProblemId = id }, responsible);
        await client.ResolveProblemAsync(new ResolveProblemRequest { ProblemId = id, Resolution = "新增两列" }, responsible);
        var closed = await client.ConfirmProblemAsync(new ConfirmProblemRequest { ProblemId = id, Satisfaction = 5 }, raiser);
        Assert.Equal("Closed", closed.Status);
        var afterClose = await Assert.ThrowsAsync<RpcException>(async () => await client.ReopenProblemAsync(new ProblemReasonRequest { ProblemId = id, Reason = "x" }, raiser));
        Assert.Equal((StatusCode.FailedPrecondition, "problem.illegal-transition"), (afterClose.StatusCode, Reason(afterClose)));

        var history = await client.GetProblemHistoryAsync(new GetProblemRequest { ProblemId = id }, raiser);
        Assert.Equal(["raise", "accept", "start", "resolve", "reopen", "start", "resolve", "confirm"], history.Transitions.Select(t => t.Action));
        Assert.Equal(("Resolved", "Closed", DemoOrgans.Yulin.Id), (history.Transitions[^1].From, history.Transitions[^1].To, history.Transitions[^1].ByOrganId));
        var closedEvent = await closedEvents.WaitForAsync(m => m.GetProperty("problemId").GetString() == id, EventTimeout, "ProblemClosed");
        Assert.Equal(5, closedEvent.Message.GetProperty("satisfaction").GetInt32());

        var rejected = await client.RejectProblemAsync(new ProblemReasonRequest { ProblemId = (await client.RaiseProblemAsync(Raise("YL-2026-002"), raiser)).ProblemId, Reason = "不属于通道事项" }, supervisor);
        Assert.Equal("Rejected", rejected.Status);
        var copy = (await client.RaiseProblemAsync(Raise("YL-2026-003"), raiser)).ProblemId;
        var survivor = (await client.RaiseProblemAsync(Raise("YL-2026-004"), raiser)).ProblemId;
        var missingSurvivor = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.MarkDuplicateAsync(new MarkDuplicateRequest { ProblemId = copy, DuplicateOf = Guid.NewGuid().ToString() }, supervisor));
        Assert.Equal(StatusCode.NotFound, missingSurvivor.StatusCode);
        var duplicate = await client.MarkDuplicateAsync(new MarkDuplicateRequest { ProblemId = copy, DuplicateOf = survivor }, supervisor);
        Assert.Equal(("Duplicate", survivor), (duplicate.Status, duplicate.DuplicateOf));
        await merged.WaitForAsync(m => m.GetProperty("problemId").GetString() == copy, EventTimeout, "ProblemMarkedDuplicate");

        var stale = await Assert.ThrowsAsync<RpcException>(async () => await client.TransferProblemAsync(Transfer(survivor, expectedVersion: 7), supervisor));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var transferred = await client.TransferProblemAsync(Transfer(survivor, expectedVersion: 1), supervisor);
        Assert.Equal(("Transferred", DemoOrgans.Zhaoqing.RegionCode), (transferred.Status, transferred.HandlingRegionCode));

        var memberAsksEscalated = await Assert.ThrowsAsync<RpcException>(async () => await client.ListEscalatedProblemsAsync(new ListEscalatedProblemsRequest(), raiser));
        Assert.Equal(StatusCode.PermissionDenied, memberAsksEscalated.StatusCode);
        Assert.Empty((await client.ListEscalatedProblemsAsync(new ListEscalatedProblemsRequest(), supervisor)).Problems);

        var statistics = await client.GetProblemStatisticsAsync(new GetProblemStatisticsRequest(), raiser);
        Assert.Equal(1, statistics.ResolvedCounted);
        Assert.Contains(statistics.ResolvedPerRegion, r => r.RegionCode == "450900" && r.Resolved == 1);
        Assert.False(string.IsNullOrWhiteSpace(statistics.Rule));
        var badWindow = await Assert.ThrowsAsync<RpcException>(async () => await client.GetProblemStatisticsAsync(new GetProblemStatisticsRequest { From = "yesterday" }, raiser));
        Assert.Equal(["From"], Fields(badWindow));
    }

    [SkippableFact]
    public async Task Upsert_by_external_reference_raises_once_answers_unchanged_and_refuses_other_content()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new Contracts.Lists.V1.Problems.ProblemsClient(channel);
        var raiser = Bearer(ProblemsApi.Raiser);
        var request = new UpsertProblemRequest { ExternalReference = "YL-UP-1", Title = "通关时间长", Category = "Logistics", Severity = "Medium", Description = "查验排队" };

        var created = await client.UpsertProblemAsync(request, raiser);
        var again = await client.UpsertProblemAsync(request, raiser);
        Assert.Equal(("Created", "Unchanged", created.Problem.ProblemId, 1L), (created.Outcome, again.Outcome, again.Problem.ProblemId, again.Problem.Version));
        var unversioned = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertProblemAsync(new UpsertProblemRequest(request) { Title = "通关时间很长" }, raiser));
        Assert.Equal((StatusCode.FailedPrecondition, "precondition-required"), (unversioned.StatusCode, Reason(unversioned)));
        var changed = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertProblemAsync(new UpsertProblemRequest(request) { Title = "通关时间很长", ExpectedVersion = 1 }, raiser));
        Assert.Equal((StatusCode.FailedPrecondition, "problem.content-fixed"), (changed.StatusCode, Reason(changed)));
        var stale = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertProblemAsync(new UpsertProblemRequest(request) { ExpectedVersion = 9 }, raiser));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var noReference = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertProblemAsync(new UpsertProblemRequest(request) { ExternalReference = " " }, raiser));
        Assert.Equal(["externalReference"], Fields(noReference));

        var otherRegion = await client.UpsertProblemAsync(request, Bearer(TestTokens.Member(DemoOrgans.Hezhou)));
        Assert.Equal("Created", otherRegion.Outcome);
        Assert.NotEqual(created.Problem.ProblemId, otherRegion.Problem.ProblemId);
    }

    private static RaiseProblemRequest Raise(string reference) => new()
    {
        Title = "钦州港铁海联运班列运力不足",
        Description = "旺季班列舱位紧张",
        Category = "Logistics",
        Severity = "High",
        EnterpriseCreditCode = BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("91450700MA5L00001"),
        ExternalReference = reference,
    };

    private static AcceptProblemRequest Accept(string id, long expectedVersion = 0)
    {
        var request = new AcceptProblemRequest
        {
            ProblemId = id,
            ExpectedVersion = expectedVersion,
            ResponsibleOrganId = TestProblems.YulinBureau.Id,
            ResponsibleRegionCode = TestProblems.YulinBureau.RegionCode,
            DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        };
        request.CoResponsibleOrgans.Add(new OrganRef { OrganId = DemoOrgans.Zhaoqing.Id, RegionCode = DemoOrgans.Zhaoqing.RegionCode });
        return request;
    }

    private static TransferProblemRequest Transfer(string id, long expectedVersion) => new()
    {
        ProblemId = id,
        ExpectedVersion = expectedVersion,
        ToOrganId = DemoOrgans.Zhaoqing.Id,
        ToRegionCode = DemoOrgans.Zhaoqing.RegionCode,
        Reason = "企业在肇庆",
    };

    private static string[] Fields(RpcException error) =>
        (error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? []).Select(v => v.Field).Order(StringComparer.Ordinal).ToArray();

    private static string? Reason(RpcException error) => error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
