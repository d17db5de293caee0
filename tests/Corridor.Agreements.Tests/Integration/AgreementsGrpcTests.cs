using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>AgreementsQuery.CheckBinding on a real h2c port, as Lists calls it.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementsGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task CheckBinding_reports_the_status_and_the_organs_the_agreement_does_not_bind()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var active = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var draft = await AgreementsHost.CreateAsync(host, DemoOrgans.Hezhou, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new AgreementsQuery.AgreementsQueryClient(channel);
        var caller = Bearer(TestTokens.Member(DemoOrgans.Qinzhou));

        var binding = await client.CheckBindingAsync(
            new CheckBindingRequest { AgreementId = active.ToString(), OrganIds = { DemoOrgans.Zhaoqing.Id, DemoOrgans.Yulin.Id } }, caller);
        Assert.Equal(active.ToString(), binding.AgreementId);
        Assert.Equal(AgreementStatus.Active, binding.Status);
        Assert.True(binding.Active);
        Assert.Empty(binding.MissingOrganIds);
        Assert.Equal(4, binding.Version);

        var partly = await client.CheckBindingAsync(
            new CheckBindingRequest { AgreementId = active.ToString(), OrganIds = { DemoOrgans.Yulin.Id, DemoOrgans.Qinzhou.Id, DemoOrgans.Hezhou.Id } }, caller);
        Assert.True(partly.Active);
        Assert.Equal([DemoOrgans.Qinzhou.Id, DemoOrgans.Hezhou.Id], partly.MissingOrganIds);

        var notActive = await client.CheckBindingAsync(
            new CheckBindingRequest { AgreementId = draft.ToString(), OrganIds = { DemoOrgans.Hezhou.Id } }, caller);
        Assert.Equal(AgreementStatus.Draft, notActive.Status);
        Assert.False(notActive.Active);
        Assert.Equal(1, notActive.Version);
    }

    [SkippableFact]
    public async Task CheckBinding_answers_NotFound_InvalidArgument_with_details_and_Unauthenticated()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new AgreementsQuery.AgreementsQueryClient(channel);
        var caller = Bearer(TestTokens.Member(DemoOrgans.Yulin));
        var unknown = Guid.NewGuid().ToString();

        var notFound = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.CheckBindingAsync(new CheckBindingRequest { AgreementId = unknown }, caller));
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Contains(unknown, notFound.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("not-found", notFound.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);

        var malformed = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.CheckBindingAsync(new CheckBindingRequest { AgreementId = "not-a-uuid", OrganIds = { DemoOrgans.Yulin.Id } }, caller));
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
        var status = malformed.GetRpcStatus();
        Assert.NotNull(status);
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        var violation = Assert.Single(badRequest.FieldViolations);
        Assert.Equal("AgreementId", violation.Field);
        Assert.Contains("UUID", violation.Description, StringComparison.Ordinal);

        var anonymous = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.CheckBindingAsync(new CheckBindingRequest { AgreementId = unknown }));
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);

        var forged = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.CheckBindingAsync(new CheckBindingRequest { AgreementId = unknown }, Bearer(TestTokens.Member(DemoOrgans.Yulin) + "x")));
        Assert.Equal(StatusCode.Unauthenticated, forged.StatusCode);
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
