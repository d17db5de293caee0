using System.Net.Http.Headers;
using System.Net.Http.Json;
using Corridor.Agreements.Activities.Queries;
using Corridor.Agreements.Activities.Recording;
using Corridor.Agreements.Agreements.Amendments;
using Corridor.Agreements.Agreements.Drafting;
using Corridor.Agreements.Agreements.InForce;
using Corridor.Agreements.Agreements.Queries;
using Corridor.Agreements.Agreements.Signing;
using Corridor.Agreements.Scorecards;
using Corridor.Agreements.Tests.Integration;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.Testing.Parity;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;

namespace Corridor.Agreements.Tests.Parity;

/// <summary>
/// Every use case of the service, driven through REST and through gRPC with the same input and caller, must be
/// refused (or answered) alike: the same validation fields, the same refusal code, the same status.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementsParityTests(SharedRabbitMq rabbitMq)
{
    private const string A = AgreementsHost.Path;
    private static readonly string Unknown = Guid.NewGuid().ToString();
    private static readonly object InvalidContent = new { kind = "Treaty", title = "", parties = new[] { AgreementsHost.Party(DemoOrgans.Yulin) }, termStart = "2026-01-01" };
    private static readonly object InvalidActivity = new { area = "Sports", hostOrganId = "x", participantCount = 0, summary = "" };

    [Fact]
    public void Every_use_case_of_the_service_has_a_parity_row()
    {
        // CheckBinding is asked by Lists over AgreementsQuery only: it has no REST route to compare with.
        var catalog = UseCaseCatalog.Of(typeof(AgreementsServiceExtensions).Assembly).Select(d => d.Request).Where(t => t != typeof(CheckBinding)).ToHashSet();
        Assert.Equal(catalog.OrderBy(t => t.FullName), Rows(default!).Select(r => r.UseCase).Distinct().OrderBy(t => t.FullName));
    }

    [SkippableFact]
    public async Task REST_and_gRPC_refuse_every_use_case_alike()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var fixture = new Fixture(
            (await AgreementsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Yulin, DemoOrgans.Zhaoqing)).ToString(),
            (await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Hezhou)).ToString());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new AgreementsClient(channel);
        foreach (var row in Rows(fixture))
        {
            var token = TestTokens.Member(row.Caller);
            using var rest = host.CreateRestClient(token);
            var overRest = await Refusal.OfHttpAsync(await row.Rest(rest));
            Assert.True(overRest is not null || row.ExpectsAnswer, $"{row.Name}: REST did not refuse.");
            if (row.Grpc is null)
            {
                continue;
            }

            var overGrpc = await Refusal.OfGrpcAsync(() => row.Grpc(grpc, new Metadata { { "Authorization", $"Bearer {token}" } }));
            Assert.True(overRest == overGrpc, $"{row.Name}: REST answered {overRest?.ToString() ?? "ok"}, gRPC {overGrpc?.ToString() ?? "ok"}.");
        }
    }

    private static IEnumerable<Row> Rows(Fixture f)
    {
        var yulin = DemoOrgans.Yulin;
        var outsider = DemoOrgans.Qinzhou;
        yield return new(typeof(DraftAgreement), "draft: invalid content", yulin,
            c => c.PostAsJsonAsync(A, InvalidContent),
            (g, m) => g.CreateAgreementAsync(new CreateAgreementRequest { Kind = "Treaty", Parties = { Party(yulin) }, TermStart = "2026-01-01" }, m).ResponseAsync);
        yield return new(typeof(ReviseAgreement), "revise: invalid content", yulin,
            c => c.PutAsJsonAsync($"{A}/{f.Draft}", InvalidContent),
            (g, m) => g.UpdateAgreementAsync(new UpdateAgreementRequest { AgreementId = f.Draft, Kind = "Treaty", Parties = { Party(yulin) }, TermStart = "2026-01-01" }, m).ResponseAsync);
        yield return new(typeof(ReviseAgreement), "revise: no version", yulin,
            c => c.PutAsJsonAsync($"{A}/{f.Draft}", AgreementsHost.CreateBody(AgreementsHost.Party(yulin), AgreementsHost.Party(DemoOrgans.Zhaoqing))),
            (g, m) => g.UpdateAgreementAsync(ValidUpdate(f.Draft, 0), m).ResponseAsync);
        yield return new(typeof(ReviseAgreement), "revise: stale version", yulin,
            c => Send(c, HttpMethod.Put, $"{A}/{f.Draft}", AgreementsHost.CreateBody(AgreementsHost.Party(yulin), AgreementsHost.Party(DemoOrgans.Zhaoqing)), "\"7\""),
            (g, m) => g.UpdateAgreementAsync(ValidUpdate(f.Draft, 7), m).ResponseAsync);
        yield return new(typeof(UpsertAgreement), "upsert: invalid content", yulin,
            c => c.PutAsJsonAsync($"{A}/by-ref/PARITY-1", InvalidContent),
            (g, m) => g.UpsertAgreementAsync(new UpsertAgreementRequest { ExternalReference = "PARITY-1", Kind = "Treaty", Parties = { Party(yulin) }, TermStart = "2026-01-01" }, m).ResponseAsync);
        yield return new(typeof(ProposeAgreement), "propose: not a party", outsider,
            c => c.PostAsync($"{A}/{f.Draft}/propose", null),
            (g, m) => g.ProposeAgreementAsync(new AgreementActionRequest { AgreementId = f.Draft }, m).ResponseAsync);
        yield return new(typeof(ProposeAgreement), "propose: unknown agreement", yulin,
            c => c.PostAsync($"{A}/{Unknown}/propose", null),
            (g, m) => g.ProposeAgreementAsync(new AgreementActionRequest { AgreementId = Unknown }, m).ResponseAsync);
        yield return new(typeof(SignAgreement), "sign: no signatory", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Draft}/signatures", new { signatory = "" }),
            (g, m) => g.SignAgreementAsync(new SignRequest { AgreementId = f.Draft }, m).ResponseAsync);
        yield return new(typeof(SuspendAgreement), "suspend: no reason", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/suspend", new { reason = "" }),
            (g, m) => g.SuspendAgreementAsync(new ReasonActionRequest { AgreementId = f.Active }, m).ResponseAsync);
        yield return new(typeof(SuspendAgreement), "suspend: a draft", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Draft}/suspend", new { reason = "停摆" }),
            (g, m) => g.SuspendAgreementAsync(new ReasonActionRequest { AgreementId = f.Draft, Reason = "停摆" }, m).ResponseAsync);
        yield return new(typeof(SuspendAgreement), "suspend: stale version", yulin,
            c => Send(c, HttpMethod.Post, $"{A}/{f.Active}/suspend", new { reason = "停摆" }, "\"1\""),
            (g, m) => g.SuspendAgreementAsync(new ReasonActionRequest { AgreementId = f.Active, Reason = "停摆", ExpectedVersion = 1 }, m).ResponseAsync);
        yield return new(typeof(ResumeAgreement), "resume: note too long", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/resume", new { note = new string('x', 2001) }),
            (g, m) => g.ResumeAgreementAsync(new ReasonActionRequest { AgreementId = f.Active, Reason = new string('x', 2001) }, m).ResponseAsync);
        yield return new(typeof(TerminateAgreement), "terminate: no reason, no document", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/terminate", new { reason = "" }),
            (g, m) => g.TerminateAgreementAsync(new TerminateAgreementRequest { AgreementId = f.Active }, m).ResponseAsync);
        yield return new(typeof(ProposeAmendment), "amend: no reason, no change", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/amendments", new { reason = "" }),
            (g, m) => g.ProposeAmendmentAsync(new ProposeAmendmentRequest { AgreementId = f.Active }, m).ResponseAsync);
        yield return new(typeof(ProposeAmendment), "amend: not a party", outsider,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/amendments", new { reason = "扩容", term = new { start = "2026-01-01", end = "2029-12-31" } }),
            (g, m) => g.ProposeAmendmentAsync(
                new ProposeAmendmentRequest { AgreementId = f.Active, Reason = "扩容", Term = new Term { Start = "2026-01-01", End = "2029-12-31" } }, m).ResponseAsync);
        yield return new(typeof(SignAmendment), "sign amendment: no signatory", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/amendments/1/signatures", new { signatory = "" }),
            (g, m) => g.SignAmendmentAsync(new SignAmendmentRequest { AgreementId = f.Active, Number = 1 }, m).ResponseAsync);
        yield return new(typeof(SignAmendment), "sign amendment: no such amendment", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/amendments/9/signatures", new { signatory = "玉林负责人" }),
            (g, m) => g.SignAmendmentAsync(new SignAmendmentRequest { AgreementId = f.Active, Number = 9, Signatory = "玉林负责人" }, m).ResponseAsync);
        yield return new(typeof(DeclineAmendment), "decline amendment: no reason", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/amendments/1/decline", new { reason = "" }),
            (g, m) => g.DeclineAmendmentAsync(new DeclineAmendmentRequest { AgreementId = f.Active, Number = 1 }, m).ResponseAsync);
        // REST only: the proto has no amendment list or single activity read (the agreement reply carries the amendments).
        yield return new(typeof(ListAmendments), "amendments: unknown agreement", yulin, c => c.GetAsync($"{A}/{Unknown}/amendments"), null);
        yield return new(typeof(GetActivity), "activity: unknown", yulin, c => c.GetAsync($"{A}/{f.Active}/activities/{Unknown}"), null);
        yield return new(typeof(GetAgreement), "get: unknown", yulin,
            c => c.GetAsync($"{A}/{Unknown}"),
            (g, m) => g.GetAgreementAsync(new GetAgreementRequest { AgreementId = Unknown }, m).ResponseAsync);
        yield return new(typeof(GetAgreementHistory), "history: unknown", yulin,
            c => c.GetAsync($"{A}/{Unknown}/history"),
            (g, m) => g.GetHistoryAsync(new GetAgreementRequest { AgreementId = Unknown }, m).ResponseAsync);
        // Every member reads every agreement and no filter is refused: both answer.
        yield return new(typeof(ListAgreements), "list: any filter", outsider,
            c => c.GetAsync($"{A}?status=Active&kind=Nonsense"),
            (g, m) => g.ListAgreementsAsync(new ListAgreementsRequest { Status = "Active", Kind = "Nonsense" }, m).ResponseAsync, ExpectsAnswer: true);
        yield return new(typeof(ListExpiringAgreements), "expiring: any window", outsider,
            c => c.GetAsync($"{A}/expiring?withinDays=5000"),
            (g, m) => g.ListExpiringAsync(new ListExpiringRequest { WithinDays = 5000 }, m).ResponseAsync, ExpectsAnswer: true);
        yield return new(typeof(RecordActivity), "record activity: invalid", yulin,
            c => c.PostAsJsonAsync($"{A}/{f.Active}/activities", InvalidActivity),
            (g, m) => g.RecordActivityAsync(new RecordActivityRequest { AgreementId = f.Active, Area = "Sports", HostOrganId = "x" }, m).ResponseAsync);
        yield return new(typeof(UpsertActivity), "upsert activity: invalid", yulin,
            c => c.PutAsJsonAsync($"{A}/{f.Active}/activities/by-ref/PARITY-A", InvalidActivity),
            (g, m) => g.UpsertActivityAsync(
                new UpsertActivityRequest { AgreementId = f.Active, ExternalReference = "PARITY-A", Area = "Sports", HostOrganId = "x" }, m).ResponseAsync);
        yield return new(typeof(ListActivities), "activities: unknown agreement", yulin,
            c => c.GetAsync($"{A}/{Unknown}/activities"),
            (g, m) => g.ListActivitiesAsync(new ListActivitiesRequest { AgreementId = Unknown }, m).ResponseAsync);
        yield return new(typeof(GetScorecard), "scorecard: year out of range", yulin,
            c => c.GetAsync($"{A}/{f.Active}/scorecard?year=1999"),
            (g, m) => g.GetScorecardAsync(new GetScorecardRequest { AgreementId = f.Active, Year = 1999 }, m).ResponseAsync);
        yield return new(typeof(GetRollUp), "roll-up: not a member region", yulin,
            c => c.GetAsync("/api/v1/scorecards?region=110000"),
            (g, m) => g.GetRollUpAsync(new GetRollUpRequest { Region = "110000" }, m).ResponseAsync);
    }

    private static UpdateAgreementRequest ValidUpdate(string id, long expected) => new()
    {
        AgreementId = id,
        ExpectedVersion = expected,
        Kind = "PairingAgreement",
        Title = "玉林–肇庆机关党建合作协议",
        Parties = { Party(DemoOrgans.Yulin), Party(DemoOrgans.Zhaoqing) },
        TermStart = "2026-01-01",
        TermEnd = "2028-12-31",
    };

    private static Party Party(DemoOrgan organ) => new() { OrganId = organ.Id, OrganName = organ.Name, RegionCode = organ.RegionCode };

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request);
    }

    private sealed record Fixture(string Draft, string Active);

    private sealed record Row(
        Type UseCase,
        string Name,
        DemoOrgan Caller,
        Func<HttpClient, Task<HttpResponseMessage>> Rest,
        Func<AgreementsClient, Metadata, Task>? Grpc,
        bool ExpectsAnswer = false);
}
