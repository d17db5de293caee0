using System.Net;
using System.Text.Json;
using Corridor.Agreements.Infrastructure;
using Corridor.Agreements.Tests.Integration;
using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;

namespace Corridor.Agreements.Tests.Directory;

/// <summary>
/// A party's region is its organ's in the directory: a request stating another is refused, and so is an organ the
/// directory does not know or has retired — 422 problem over REST, FAILED_PRECONDITION over gRPC, naming the field.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementPartyRefusalTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_party_labelled_with_another_region_unknown_or_retired_is_refused_over_REST_and_nothing_is_stored()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await AgreementOrgans.RetireAsync(host);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        // The lead labels its partner's organ with its own region: the partner's region would never be asked.
        var mislabelled = await RefusedAsync(yulin, AgreementOrgans.Party(DemoOrgans.Zhaoqing, regionCode: DemoOrgans.Yulin.RegionCode));
        var unknown = await RefusedAsync(yulin, AgreementOrgans.Party(AgreementOrgans.Unknown));
        var retired = await RefusedAsync(yulin, AgreementOrgans.Party(AgreementOrgans.Retired));

        Assert.Equal(("region-mismatch", "parties[1].regionCode"), mislabelled);
        Assert.Equal(("unknown-organ", "parties[1].organId"), unknown);
        Assert.Equal(("retired-organ", "parties[1].organId"), retired);
        Assert.Equal(0, await host.QueryAsync<AgreementsDbContext, int>(db => db.Agreements.CountAsync()));

        // The same region stated, or none, is accepted.
        using var accepted = await yulin.PostJsonAsync(AgreementsHost.Path, AgreementsHost.CreateBody(
            AgreementOrgans.Party(DemoOrgans.Yulin, regionCode: DemoOrgans.Yulin.RegionCode), AgreementOrgans.Party(DemoOrgans.Zhaoqing)));
        await accepted.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task The_same_refusals_are_FAILED_PRECONDITION_over_gRPC_for_a_draft_and_an_amendment()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await AgreementOrgans.RetireAsync(host);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new AgreementsClient(channel);

        var mislabelled = await RefusedAsync(() => client.CreateAgreementAsync(Draft(Party(DemoOrgans.Zhaoqing, DemoOrgans.Yulin.RegionCode)), AgreementOrgans.Bearer(DemoOrgans.Yulin)).ResponseAsync);
        var unknown = await RefusedAsync(() => client.CreateAgreementAsync(Draft(Party(AgreementOrgans.Unknown)), AgreementOrgans.Bearer(DemoOrgans.Yulin)).ResponseAsync);
        var retired = await RefusedAsync(() => client.CreateAgreementAsync(Draft(Party(AgreementOrgans.Retired)), AgreementOrgans.Bearer(DemoOrgans.Yulin)).ResponseAsync);

        Assert.Equal(("region-mismatch", "parties[1].regionCode"), mislabelled);
        Assert.Equal(("unknown-organ", "parties[1].organId"), unknown);
        Assert.Equal(("retired-organ", "parties[1].organId"), retired);
        Assert.Equal(0, await host.QueryAsync<AgreementsDbContext, int>(db => db.Agreements.CountAsync()));

        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var amendment = await RefusedAsync(() => client.ProposeAmendmentAsync(
            new ProposeAmendmentRequest
            {
                AgreementId = id.ToString(),
                Reason = "增加缔约方",
                Parties = { Party(DemoOrgans.Yulin), Party(DemoOrgans.Zhaoqing), Party(DemoOrgans.Hezhou, DemoOrgans.Qinzhou.RegionCode) },
            },
            AgreementOrgans.Bearer(DemoOrgans.Yulin)).ResponseAsync);
        Assert.Equal(("region-mismatch", "parties[2].regionCode"), amendment);
    }

    private static async Task<(string?, string?)> RefusedAsync(HttpClient client, object partner)
    {
        var problem = await (await client.PostJsonAsync(AgreementsHost.Path, AgreementsHost.CreateBody(AgreementOrgans.Party(DemoOrgans.Yulin), partner)))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("/" + problem.GetProperty("code").GetString(), problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        return (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString());
    }

    private static async Task<(string?, string?)> RefusedAsync<T>(Func<Task<T>> call)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        var status = refused.GetRpcStatus()!;
        return (status.GetDetail<ErrorInfo>()?.Reason, status.GetDetail<BadRequest>()?.FieldViolations.Single().Field);
    }

    private static CreateAgreementRequest Draft(Party partner) => new()
    {
        Kind = "PairingAgreement",
        Title = "玉林–肇庆机关党建合作协议",
        Parties = { Party(DemoOrgans.Yulin), partner },
        TermStart = "2026-01-01",
        TermEnd = "2028-12-31",
    };

    private static Party Party(DemoOrgan organ, string regionCode = "") => new() { OrganId = organ.Id, RegionCode = regionCode };
}
