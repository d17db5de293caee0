using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>The gRPC twins of the idempotent writes: expected_version required on updates, upserts by external reference.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class IdempotentWritesGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Updates_and_upserts_over_gRPC_need_the_expected_version_and_answer_Created_Updated_or_Unchanged()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new AgreementsClient(channel);
        var yulin = Bearer(TestTokens.Member(DemoOrgans.Yulin));
        var draftId = (await AgreementsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Yulin, DemoOrgans.Zhaoqing)).ToString();
        var activeId = (await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Hezhou)).ToString();
        UpdateAgreementRequest Update(long expected) => new()
        {
            AgreementId = draftId,
            ExpectedVersion = expected,
            Kind = "PairingAgreement",
            Title = "玉林–肇庆机关党建合作协议（修订）",
            Parties = { Party(DemoOrgans.Yulin), Party(DemoOrgans.Zhaoqing) },
            TermStart = "2026-01-01",
            TermEnd = "2028-12-31",
        };
        UpsertAgreementRequest Upsert(string title, long expected) => new()
        {
            ExternalReference = "YL-GRPC-1",
            ExpectedVersion = expected,
            Kind = "CooperationPlan",
            Title = title,
            Parties = { Party(DemoOrgans.Yulin), Party(DemoOrgans.Qinzhou) },
            TermStart = "2026-01-01",
        };
        UpsertActivityRequest Activity(int participants, long expected) => new()
        {
            AgreementId = activeId,
            ExternalReference = "YL-GRPC-ACT",
            ExpectedVersion = expected,
            Area = "JointWork",
            Date = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            HostOrganId = DemoOrgans.Hezhou.Id,
            ParticipantCount = participants,
            Summary = "玉林—贺州联合督办",
        };

        await AssertPreconditionsAsync(expected => client.UpdateAgreementAsync(Update(expected), yulin).ResponseAsync);
        Assert.Equal("玉林–肇庆机关党建合作协议（修订）", (await client.GetAgreementAsync(new GetAgreementRequest { AgreementId = draftId }, yulin)).Title);

        var created = await client.UpsertAgreementAsync(Upsert("玉林–钦州协作方案", 0), yulin);
        Assert.Equal(("Created", "YL-GRPC-1", DemoOrgans.Yulin.RegionCode), (created.Outcome, created.Agreement.ExternalReference, created.Agreement.DraftingRegionCode));
        Assert.Equal("Unchanged", (await client.UpsertAgreementAsync(Upsert("玉林–钦州协作方案", 0), yulin)).Outcome);
        await AssertPreconditionsAsync(expected => client.UpsertAgreementAsync(Upsert("玉林–钦州协作方案（修订）", expected), yulin).ResponseAsync);

        var recorded = await client.UpsertActivityAsync(Activity(8, 0), yulin);
        Assert.Equal(("Created", 1L), (recorded.Outcome, recorded.Activity.Version));
        await AssertPreconditionsAsync(expected => client.UpsertActivityAsync(Activity(9, expected), yulin).ResponseAsync);
        var listed = await client.ListActivitiesAsync(new ListActivitiesRequest { AgreementId = activeId }, yulin);
        Assert.Equal((9, 2L, "YL-GRPC-ACT"), (listed.Activities.Single().ParticipantCount, listed.Activities.Single().Version, listed.Activities.Single().ExternalReference));
    }

    /// <summary>0: FAILED_PRECONDITION "precondition-required"; a stale version: ABORTED; version 1 (current): done.</summary>
    private static async Task AssertPreconditionsAsync<T>(Func<long, Task<T>> call)
    {
        var missing = await Assert.ThrowsAsync<RpcException>(() => call(0));
        Assert.Equal(StatusCode.FailedPrecondition, missing.StatusCode);
        Assert.Equal("precondition-required", missing.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        var stale = await Assert.ThrowsAsync<RpcException>(() => call(7));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        await call(1);
    }

    private static Party Party(DemoOrgan organ) => new() { OrganId = organ.Id, OrganName = organ.Name, RegionCode = organ.RegionCode };

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
