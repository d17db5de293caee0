using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>The Agreements gRPC API on a real h2c port: the same rules and errors as REST.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementsApiGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task An_agreement_is_drafted_signed_suspended_resumed_and_scored_over_gRPC()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new AgreementsClient(channel);
        var yulin = Bearer(TestTokens.Member(DemoOrgans.Yulin));
        var zhaoqing = Bearer(TestTokens.Member(DemoOrgans.Zhaoqing));
        var year = DateTime.UtcNow.Year;

        var draft = await client.CreateAgreementAsync(new CreateAgreementRequest
        {
            Kind = "PairingAgreement",
            Title = "玉林–肇庆机关党建合作协议",
            Parties = { Party(DemoOrgans.Yulin), Party(DemoOrgans.Zhaoqing) },
            TermStart = $"{year}-01-01",
            TermEnd = $"{year + 2}-12-31",
            Plans = { new AreaPlan { Year = year, Area = "JointWork", Planned = 3, Goal = "联合督办" } },
        }, yulin);
        Assert.Equal(AgreementStatus.Draft, draft.Status);
        var id = draft.AgreementId;

        var stale = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ProposeAgreementAsync(new AgreementActionRequest { AgreementId = id, ExpectedVersion = 9 }, yulin));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        await client.ProposeAgreementAsync(new AgreementActionRequest { AgreementId = id, ExpectedVersion = 1 }, yulin);

        var forAnother = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.SignAgreementAsync(new SignRequest { AgreementId = id, Signatory = "张伟", OrganId = DemoOrgans.Zhaoqing.Id }, yulin));
        Assert.Equal(StatusCode.PermissionDenied, forAnother.StatusCode);
        Assert.Equal("agreement.signing-for-another-party", forAnother.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);

        await client.SignAgreementAsync(new SignRequest { AgreementId = id, Signatory = "张伟" }, yulin);
        var active = await client.SignAgreementAsync(new SignRequest { AgreementId = id, Signatory = "李娜" }, zhaoqing);
        Assert.Equal(AgreementStatus.Active, active.Status);

        var activity = await client.RecordActivityAsync(new RecordActivityRequest
        {
            AgreementId = id,
            Area = "JointWork",
            Date = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            HostOrganId = DemoOrgans.Yulin.Id,
            ParticipatingOrganIds = { DemoOrgans.Zhaoqing.Id },
            ParticipantCount = 12,
            Summary = "联合督办产业转移项目",
        }, zhaoqing);
        Assert.Equal(id, activity.AgreementId);

        var suspended = await client.SuspendAgreementAsync(new ReasonActionRequest { AgreementId = id, Reason = "暂停" }, zhaoqing);
        Assert.Equal(AgreementStatus.Suspended, suspended.Status);
        var notActive = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.SuspendAgreementAsync(new ReasonActionRequest { AgreementId = id, Reason = "再次暂停" }, zhaoqing));
        Assert.Equal(StatusCode.FailedPrecondition, notActive.StatusCode);
        await client.ResumeAgreementAsync(new ReasonActionRequest { AgreementId = id }, yulin);

        var card = await client.GetScorecardAsync(new GetScorecardRequest { AgreementId = id, Year = year }, zhaoqing);
        var work = card.Areas.Single(a => a.Area == "JointWork");
        Assert.Equal((3, 1, 12, 33), (work.Planned, work.Actual, work.Participants, work.CompletionPercent));
        var conference = await client.GetRollUpAsync(new GetRollUpRequest { Year = year }, zhaoqing);
        Assert.Equal(1, conference.Agreements);

        var history = await client.GetHistoryAsync(new GetAgreementRequest { AgreementId = id }, zhaoqing);
        Assert.Equal(["draft", "propose", "sign", "sign", "suspend", "resume"], history.Lines.Select(l => l.Action));
        var listed = await client.ListAgreementsAsync(new ListAgreementsRequest { Region = DemoOrgans.Zhaoqing.RegionCode }, zhaoqing);
        Assert.Equal(id, Assert.Single(listed.Agreements).AgreementId);
    }

    [SkippableFact]
    public async Task Invalid_requests_are_InvalidArgument_naming_the_fields()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new AgreementsClient(channel);

        var invalid = await Assert.ThrowsAsync<RpcException>(async () => await client.CreateAgreementAsync(new CreateAgreementRequest
        {
            Kind = "Treaty",
            Title = "",
            Parties = { Party(DemoOrgans.Yulin) },
            TermStart = "2026-01-01",
            Plans = { new AreaPlan { Year = 2026, Area = "Sports", Planned = 1 } },
        }, Bearer(TestTokens.Member(DemoOrgans.Yulin))));

        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        var fields = invalid.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToArray();
        Assert.Contains("Kind", fields);
        Assert.Contains("Title", fields);
        Assert.Contains("Parties", fields);
        Assert.Contains("Plans[0].Area", fields);

        var badDate = await Assert.ThrowsAsync<RpcException>(async () => await client.CreateAgreementAsync(
            new CreateAgreementRequest { Kind = "Memorandum", Title = "备忘录", TermStart = "01/02/2026" }, Bearer(TestTokens.Member(DemoOrgans.Yulin))));
        Assert.Equal("TermStart", Assert.Single(badDate.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);
    }

    private static Party Party(DemoOrgan organ) => new() { OrganId = organ.Id, OrganName = organ.Name, RegionCode = organ.RegionCode };

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
