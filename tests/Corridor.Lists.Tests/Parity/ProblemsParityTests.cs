using System.Net.Http.Headers;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Problems.Queries;
using Corridor.Lists.Problems.Raising;
using Corridor.Lists.Problems.Supervision;
using Corridor.Lists.Tests.Problems;
using Corridor.Testing;
using Corridor.Testing.Parity;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using static Corridor.Lists.Tests.Parity.AreaRefusals;

namespace Corridor.Lists.Tests.Parity;

/// <summary>Every problem use case refuses the same invalid input, unauthorised caller or stale version identically over REST and gRPC.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemsParityTests(SharedRabbitMq rabbitMq)
{
    private const string P = ProblemsApi.Path;

    [SkippableFact]
    public async Task Every_problem_use_case_answers_REST_and_gRPC_with_the_same_refusal()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProblemsApi(host);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new Contracts.Lists.V1.Problems.ProblemsClient(channel);
        var open = await api.RaiseAsync();
        await api.RaiseAsync(body: ProblemsApi.RaiseBody(externalReference: "parity-raised"));
        var accepted = await api.AcceptedAsync();
        var unknown = Guid.NewGuid().ToString();
        var raiser = ProblemsApi.Raiser;
        var supervisor = ProblemsApi.Supervisor;
        var responsible = ProblemsApi.Responsible;
        var tooLong = new string('x', 4001);
        var validAccept = ProblemsApi.AcceptBody();

        ParityRow[] rows =
        [
            Row<AcceptProblem>(
                Refusal.Invalid("DueDate", "ResponsibleOrganId", "ResponsibleRegionCode"),
                () => api.PostAsync(supervisor, $"{P}/{open}/accept", new { responsibleOrganId = "x", responsibleRegionCode = "999999" }),
                () => grpc.AcceptProblemAsync(new() { ProblemId = $"{open}", ResponsibleOrganId = "x", ResponsibleRegionCode = "999999" }, Bearer(supervisor)).ResponseAsync),
            Row<AcceptProblem>(
                Refusal.Of(RefusalKind.Forbidden, "problem.not-a-supervisor"),
                () => api.PostAsync(raiser, $"{P}/{open}/accept", validAccept),
                () => grpc.AcceptProblemAsync(GrpcAccept(open), Bearer(raiser)).ResponseAsync),
            Row<StartProblem>(
                Refusal.Of(RefusalKind.Forbidden, "problem.not-responsible"),
                () => api.PostAsync(raiser, $"{P}/{accepted}/start"),
                () => grpc.StartProblemAsync(new() { ProblemId = $"{accepted}" }, Bearer(raiser)).ResponseAsync),
            Row<StartProblem>(
                Refusal.Of(RefusalKind.Stale, "stale-version"),
                () => api.PostAsync(responsible, $"{P}/{accepted}/start", ifMatch: "\"v1\""),
                () => grpc.StartProblemAsync(new() { ProblemId = $"{accepted}", ExpectedVersion = 1 }, Bearer(responsible)).ResponseAsync),
            Row<ReportProblemProgress>(
                Refusal.Invalid("Text"),
                () => api.PostAsync(responsible, $"{P}/{accepted}/progress", new { text = "" }),
                () => grpc.ReportProgressAsync(new() { ProblemId = $"{accepted}" }, Bearer(responsible)).ResponseAsync),
            Row<ResolveProblem>(
                Refusal.Invalid("Resolution"),
                () => api.PostAsync(responsible, $"{P}/{accepted}/resolve", new { resolution = " " }),
                () => grpc.ResolveProblemAsync(new() { ProblemId = $"{accepted}", Resolution = " " }, Bearer(responsible)).ResponseAsync),
            Row<ResolveProblem>(
                Refusal.Of(RefusalKind.Conflict, "problem.illegal-transition"),
                () => api.PostAsync(responsible, $"{P}/{accepted}/resolve", new { resolution = "已解决" }),
                () => grpc.ResolveProblemAsync(new() { ProblemId = $"{accepted}", Resolution = "已解决" }, Bearer(responsible)).ResponseAsync),
            Row<ConfirmProblem>(
                Refusal.Invalid("Satisfaction"),
                () => api.PostAsync(raiser, $"{P}/{accepted}/confirm", new { satisfaction = 9 }),
                () => grpc.ConfirmProblemAsync(new() { ProblemId = $"{accepted}", Satisfaction = 9 }, Bearer(raiser)).ResponseAsync),
            Row<ReopenProblem>(
                Refusal.Invalid("Reason"),
                () => api.PostAsync(raiser, $"{P}/{accepted}/reopen", new { reason = tooLong }),
                () => grpc.ReopenProblemAsync(new() { ProblemId = $"{accepted}", Reason = tooLong }, Bearer(raiser)).ResponseAsync),
            Row<RejectProblem>(
                Refusal.Invalid("Reason"),
                () => api.PostAsync(supervisor, $"{P}/{open}/reject", new { }),
                () => grpc.RejectProblemAsync(new() { ProblemId = $"{open}" }, Bearer(supervisor)).ResponseAsync),
            Row<RejectProblem>(
                Refusal.Of(RefusalKind.Forbidden, "problem.not-a-supervisor"),
                () => api.PostAsync(raiser, $"{P}/{open}/reject", new { reason = "不属于联席会议职责" }),
                () => grpc.RejectProblemAsync(new() { ProblemId = $"{open}", Reason = "不属于联席会议职责" }, Bearer(raiser)).ResponseAsync),
            Row<MarkProblemDuplicate>(
                Refusal.Invalid("DuplicateOf"),
                () => api.PostAsync(supervisor, $"{P}/{open}/duplicate", new { }),
                () => grpc.MarkDuplicateAsync(new() { ProblemId = $"{open}" }, Bearer(supervisor)).ResponseAsync),
            Row<MarkProblemDuplicate>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => api.PostAsync(supervisor, $"{P}/{open}/duplicate", new { duplicateOf = unknown }),
                () => grpc.MarkDuplicateAsync(new() { ProblemId = $"{open}", DuplicateOf = unknown }, Bearer(supervisor)).ResponseAsync),
            Row<TransferProblem>(
                Refusal.Invalid("ToOrganId", "ToRegionCode"),
                () => api.PostAsync(supervisor, $"{P}/{open}/transfer", new { toOrganId = "x", toRegionCode = "1" }),
                () => grpc.TransferProblemAsync(new() { ProblemId = $"{open}", ToOrganId = "x", ToRegionCode = "1" }, Bearer(supervisor)).ResponseAsync),
            Row<UrgeProblem>(
                Refusal.Invalid("Note"),
                () => api.PostAsync(raiser, $"{P}/{open}/urge", new { note = tooLong }),
                () => grpc.UrgeProblemAsync(new() { ProblemId = $"{open}", Note = tooLong }, Bearer(raiser)).ResponseAsync),
            Row<RetractProblem>(
                Refusal.Of(RefusalKind.PreconditionRequired, "precondition-required"),
                () => Send(host, raiser, HttpMethod.Delete, $"{P}/{open}"),
                () => grpc.DeleteProblemAsync(new() { ProblemId = $"{open}" }, Bearer(raiser)).ResponseAsync),
            Row<RetractProblem>(
                Refusal.Of(RefusalKind.Conflict, "problem.not-retractable"),
                () => Send(host, raiser, HttpMethod.Delete, $"{P}/{accepted}", ifMatch: "\"v2\""),
                () => grpc.DeleteProblemAsync(new() { ProblemId = $"{accepted}", ExpectedVersion = 2 }, Bearer(raiser)).ResponseAsync),
            Row<RaiseProblem>(
                Refusal.Invalid("Category", "Severity", "Title"),
                () => Send(host, raiser, HttpMethod.Post, P, new { }),
                () => grpc.RaiseProblemAsync(new(), Bearer(raiser)).ResponseAsync),
            Row<RaiseProblem>(
                Refusal.Of(RefusalKind.Conflict, "problem.external-reference-taken"),
                () => Send(host, raiser, HttpMethod.Post, P, ProblemsApi.RaiseBody(externalReference: "parity-raised")),
                () => grpc.RaiseProblemAsync(GrpcRaise("parity-raised"), Bearer(raiser)).ResponseAsync),
            Row<UpsertProblem>(
                Refusal.Invalid("Category", "Severity", "Title"),
                () => Send(host, raiser, HttpMethod.Put, $"{P}/by-ref/parity-1", new { }),
                () => grpc.UpsertProblemAsync(new() { ExternalReference = "parity-1" }, Bearer(raiser)).ResponseAsync),
            Row<GetProblem>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => Send(host, raiser, HttpMethod.Get, $"{P}/{unknown}"),
                () => grpc.GetProblemAsync(new() { ProblemId = unknown }, Bearer(raiser)).ResponseAsync),
            Row<GetProblemHistory>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => Send(host, raiser, HttpMethod.Get, $"{P}/{unknown}/history"),
                () => grpc.GetProblemHistoryAsync(new() { ProblemId = unknown }, Bearer(raiser)).ResponseAsync),
            Row<ListProblems>(
                Refusal.Invalid("Category", "Limit"),
                () => Send(host, raiser, HttpMethod.Get, $"{P}?category=Weather&limit=500"),
                () => grpc.ListProblemsAsync(new() { Category = "Weather", PageSize = 500 }, Bearer(raiser)).ResponseAsync),
            Row<ListProblems>(
                Refusal.Invalid("Cursor"),
                () => Send(host, raiser, HttpMethod.Get, $"{P}?cursor=not-ours"),
                () => grpc.ListProblemsAsync(new() { PageToken = "not-ours" }, Bearer(raiser)).ResponseAsync),
            Row<ListEscalatedProblems>(
                Refusal.Of(RefusalKind.Forbidden, "role-missing"),
                () => Send(host, raiser, HttpMethod.Get, $"{P}/escalated"),
                () => grpc.ListEscalatedProblemsAsync(new(), Bearer(raiser)).ResponseAsync),
            Row<GetProblemStatistics>(
                Refusal.Invalid("from"),
                () => Send(host, raiser, HttpMethod.Get, $"{P}/statistics?from=2026-02-01&to=2026-01-01"),
                () => grpc.GetProblemStatisticsAsync(new() { From = "2026-02-01", To = "2026-01-01" }, Bearer(raiser)).ResponseAsync),
        ];

        await AssertAsync(rows, "Corridor.Lists.Problems");
    }

    private static Contracts.Lists.V1.RaiseProblemRequest GrpcRaise(string externalReference) => new()
    {
        Title = "钦州港铁海联运班列运力不足",
        Category = "Logistics",
        Severity = "High",
        ExternalReference = externalReference,
    };

    private static Contracts.Lists.V1.AcceptProblemRequest GrpcAccept(Guid id)
    {
        var accept = new Contracts.Lists.V1.AcceptProblemRequest
        {
            ProblemId = $"{id}",
            ResponsibleOrganId = TestProblems.YulinBureau.Id,
            ResponsibleRegionCode = TestProblems.YulinBureau.RegionCode,
            DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        accept.CoResponsibleOrgans.Add(new OrganRef { OrganId = DemoOrgans.Zhaoqing.Id, RegionCode = DemoOrgans.Zhaoqing.RegionCode });
        return accept;
    }

    internal static async Task<HttpResponseMessage> Send(ServiceHost<ListsServiceMarker> host, string token, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var client = host.CreateRestClient(token);
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    internal static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
