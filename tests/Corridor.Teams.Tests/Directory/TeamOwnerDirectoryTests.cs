using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.Contracts.Teams.V1;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using TeamsClient = Corridor.Contracts.Teams.V1.Teams.TeamsClient;

namespace Corridor.Teams.Tests.Directory;

/// <summary>
/// A team's owner is an active organ of a member region as the directory records it, and every team view names its
/// organs as the directory names them now — over REST and gRPC.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TeamOwnerDirectoryTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly object Body = new { kind = "YouthCommando", name = "青年突击队", mission = "攻坚重大项目建设中的难点堵点", formedOn = "2026-03-01" };

    /// <summary>A valid credit code of Yulin that neither the read model nor the test directory knows.</summary>
    private static readonly DemoOrgan Unknown = new(UnifiedSocialCreditCode.Complete("11450900MB0000911"), "玉林市未登记的机关", "450900");

    private static readonly DemoOrgan Retired = new(UnifiedSocialCreditCode.Complete("11450900MB0000912"), "玉林市已撤销的机关", "450900");

    /// <summary>An organ of Beijing, which is not a member of the conference.</summary>
    private static readonly DemoOrgan Outsider = new(UnifiedSocialCreditCode.Complete("11110000MB0000913"), "北京市直属机关工作委员会", "110000");

    [SkippableFact]
    public async Task A_team_shows_its_owners_current_name_and_a_rename_in_the_directory_changes_it_over_REST_and_gRPC()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await TeamsHost.StartAsync(vhost);
        var id = await TeamsHost.RegisterAsync(host, DemoOrgans.Qinzhou);
        using var owner = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        await (await owner.PostJsonAsync($"{TeamsHost.Path}/{id}/members", new
        {
            personName = "黄队长",
            organId = DemoOrgans.Qinzhou.Id,
            role = "Leader",
            partyMember = true,
            joinedOn = "2026-03-01",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(DemoOrgans.Qinzhou.Name, (await TeamsHost.GetAsync(host, id)).GetProperty("ownerOrganName").GetString());

        const string renamed = "中共钦州市委直属机关工作委员会";
        await RenameAsync(host, vhost, DemoOrgans.Qinzhou, renamed);

        Assert.Equal(renamed, (await TeamsHost.GetAsync(host, id)).GetProperty("ownerOrganName").GetString());
        var listed = await (await owner.GetAsync($"{TeamsHost.Path}?region={DemoOrgans.Qinzhou.RegionCode}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(renamed, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("ownerOrganName").GetString());
        var history = await (await owner.GetAsync($"{TeamsHost.Path}/{id}/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.All(history.EnumerateArray(), h => Assert.Equal(renamed, h.GetProperty("byOrganName").GetString()));
        var roster = await (await owner.GetAsync($"{TeamsHost.Path}/{id}/members")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(renamed, Assert.Single(roster.EnumerateArray()).GetProperty("organName").GetString());

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new TeamsClient(channel);
        var bearer = Bearer(DemoOrgans.Qinzhou);
        Assert.Equal(renamed, (await client.GetTeamAsync(new GetTeamRequest { TeamId = id.ToString() }, bearer)).OwnerOrganName);
        Assert.Equal(renamed, Assert.Single((await client.ListTeamsAsync(new ListTeamsRequest(), bearer)).Teams).OwnerOrganName);
        Assert.All((await client.GetHistoryAsync(new GetHistoryRequest { TeamId = id.ToString() }, bearer)).Changes, c => Assert.Equal(renamed, c.ByOrganName));
        Assert.Equal(renamed, Assert.Single((await client.ListMembersAsync(new ListMembersRequest { TeamId = id.ToString() }, bearer)).Members).OrganName);
    }

    [SkippableFact]
    public async Task An_owner_whose_stated_region_disagrees_or_that_is_unknown_or_retired_is_refused_over_REST_and_nothing_is_stored()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await DemoDirectory.UpsertAsync(host.Services, DemoDirectory.Snapshot(Retired, status: "Retired"), 2);

        // A caller of Yulin's organ whose token says Zhaoqing: the team would be filed under the wrong region.
        var mislabelled = await RefusedAsync(host, DemoOrgans.Yulin with { RegionCode = DemoOrgans.Zhaoqing.RegionCode });
        var unknown = await RefusedAsync(host, Unknown);
        var retired = await RefusedAsync(host, Retired);

        Assert.Equal(("region-mismatch", "regionCode"), mislabelled);
        Assert.Equal(("unknown-organ", "ownerOrganId"), unknown);
        Assert.Equal(("retired-organ", "ownerOrganId"), retired);
        Assert.Equal(0, await host.QueryAsync<TeamsDbContext, int>(db => db.Teams.CountAsync()));
    }

    [SkippableFact]
    public async Task The_same_refusals_are_FAILED_PRECONDITION_over_gRPC_and_an_organ_of_a_region_outside_the_conference_is_forbidden()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await DemoDirectory.UpsertAsync(host.Services, DemoDirectory.Snapshot(Retired, status: "Retired"), 2);
        await DemoDirectory.UpsertAsync(host.Services, DemoDirectory.Snapshot(Outsider), 1);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new TeamsClient(channel);

        Assert.Equal(("region-mismatch", "regionCode"), await RefusedAsync(client, DemoOrgans.Yulin with { RegionCode = DemoOrgans.Zhaoqing.RegionCode }));
        Assert.Equal(("unknown-organ", "ownerOrganId"), await RefusedAsync(client, Unknown));
        Assert.Equal(("retired-organ", "ownerOrganId"), await RefusedAsync(client, Retired));

        var outside = await Assert.ThrowsAsync<RpcException>(async () => await client.RegisterTeamAsync(Request(), Bearer(Outsider)));
        Assert.Equal((StatusCode.PermissionDenied, "team.not-a-member"), (outside.StatusCode, outside.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason));
        using var rest = host.CreateRestClient(TestTokens.Member(Outsider));
        var forbidden = await (await rest.PostJsonAsync(TeamsHost.Path, Body)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("team.not-a-member", forbidden.GetProperty("code").GetString());
        Assert.Equal(0, await host.QueryAsync<TeamsDbContext, int>(db => db.Teams.CountAsync()));
    }

    private static async Task<(string?, string?)> RefusedAsync(ServiceHost<TeamsServiceMarker> host, DemoOrgan caller)
    {
        using var client = host.CreateRestClient(TestTokens.Member(caller));
        var problem = await (await client.PostJsonAsync(TeamsHost.Path, Body)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        return (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString());
    }

    private static async Task<(string?, string?)> RefusedAsync(TeamsClient client, DemoOrgan caller)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await client.RegisterTeamAsync(Request(), Bearer(caller)));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        var status = refused.GetRpcStatus()!;
        return (status.GetDetail<ErrorInfo>()?.Reason, status.GetDetail<BadRequest>()?.FieldViolations.Single().Field);
    }

    private static async Task RenameAsync(ServiceHost<TeamsServiceMarker> host, Uri vhost, DemoOrgan organ, string newName)
    {
        using var consumed = ConsumedMessages.Observe(host.Services);
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        await bus.StartAsync();
        try
        {
            await bus.Publish(new OrganRenamed(
                Guid.NewGuid(), DemoDirectory.Snapshot(organ, newName), organ.Name, organ.Name[..4], new DateOnly(2026, 6, 1), 2, DateTime.UtcNow));
            await consumed.WaitForAsync<OrganRenamed>(1, Timeout);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static RegisterTeamRequest Request() => new() { Kind = "YouthCommando", Name = "青年突击队", Mission = "攻坚", FormedOn = "2026-03-01" };

    private static Metadata Bearer(DemoOrgan organ) => new() { { "Authorization", $"Bearer {TestTokens.Member(organ)}" } };
}
