using Corridor.Contracts.Teams.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using TeamsClient = Corridor.Contracts.Teams.V1.Teams.TeamsClient;

namespace Corridor.Teams.Tests.Integration;

/// <summary>The gRPC adapter answers with the rules of the domain and proper status codes with details.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TeamsGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task The_registry_over_gRPC_follows_the_same_rules_as_REST()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new TeamsClient(channel);
        var owner = Bearer(TestTokens.Member(DemoOrgans.Qinzhou));
        var coordinator = Bearer(TestTokens.Coordinator(DemoOrgans.Zhanjiang));

        var team = await client.RegisterTeamAsync(new RegisterTeamRequest { Kind = "YouthCommando", Name = "钦州港青年突击队", Mission = "服务北部湾港口建设", FormedOn = "2026-03-01" }, owner);
        Assert.Equal(("Forming", 1L, "450700"), (team.Status, team.Version, team.RegionCode));

        var invalid = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.RegisterTeamAsync(new RegisterTeamRequest { Kind = "SpecialForces", Name = "队", Mission = "任务", FormedOn = "01/03/2026" }, owner));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Contains(invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "FormedOn");

        var member = await client.AddMemberAsync(new AddMemberRequest
        {
            TeamId = team.TeamId,
            ExpectedVersion = 1,
            PersonName = "黄队长",
            OrganId = DemoOrgans.Qinzhou.Id,
            Role = "Leader",
            PartyMember = true,
            Phone = "13807771234",
            JoinedOn = "2026-03-01",
        }, owner);
        Assert.Equal("13807771234", member.Phone);

        var stale = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ActivateTeamAsync(new ActivateTeamRequest { TeamId = team.TeamId, ExpectedVersion = 1 }, owner));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var active = await client.ActivateTeamAsync(new ActivateTeamRequest { TeamId = team.TeamId, ExpectedVersion = 2, EffectiveOn = "2026-03-02" }, owner);
        Assert.Equal(("Active", "黄队长", true), (active.Status, active.LeaderName, active.Readiness.Ready));

        var notOwner = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.StandDownTeamAsync(new StandDownTeamRequest { TeamId = team.TeamId, Reason = "不是我的" }, coordinator));
        Assert.Equal(StatusCode.PermissionDenied, notOwner.StatusCode);
        Assert.Equal("team.other-region", notOwner.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);

        var seen = Assert.Single((await client.ListMembersAsync(new ListMembersRequest { TeamId = team.TeamId }, coordinator)).Members);
        Assert.Equal(("黄队长", "Leader", "138****1234", false, ""), (seen.PersonName, seen.Role, seen.Phone, seen.DetailsVisible, seen.OrganId));
        var hidden = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ListMembersAsync(new ListMembersRequest { TeamId = team.TeamId }, Bearer(TestTokens.Member(DemoOrgans.Zhanjiang))));
        Assert.Equal(StatusCode.PermissionDenied, hidden.StatusCode);

        var listsDown = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.DeployTeamAsync(new DeployTeamRequest { TeamId = team.TeamId, ProjectId = Guid.NewGuid().ToString(), From = "2026-04-01", Task = "港口服务" }, owner));
        Assert.Equal(StatusCode.Unavailable, listsDown.StatusCode);
        var illegal = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ActivateTeamAsync(new ActivateTeamRequest { TeamId = team.TeamId }, owner));
        Assert.Equal((StatusCode.FailedPrecondition, "team.illegal-transition"), (illegal.StatusCode, illegal.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));

        var page = await client.ListTeamsAsync(new ListTeamsRequest { Region = "450700", Kind = "YouthCommando" }, coordinator);
        Assert.Equal(team.TeamId, Assert.Single(page.Teams).TeamId);
        var history = await client.GetHistoryAsync(new GetHistoryRequest { TeamId = team.TeamId }, coordinator);
        Assert.Equal(["register", "member-join", "activate"], history.Changes.Select(c => c.Action).ToArray());
        var statistics = await client.GetStatisticsAsync(new GetStatisticsRequest(), coordinator);
        Assert.Equal((1, 1), (statistics.Teams, statistics.Members));
        Assert.Equal("Active", Assert.Single(statistics.TeamsByKindRegionStatus).Status);
        var missing = await Assert.ThrowsAsync<RpcException>(async () => await client.GetTeamAsync(new GetTeamRequest { TeamId = Guid.NewGuid().ToString() }, owner));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
