using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Teams.V1;
using Corridor.Teams.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TeamsClient = Corridor.Contracts.Teams.V1.Teams.TeamsClient;

namespace Corridor.Teams.Tests.Directory;

/// <summary>An organ the read model does not know yet has no name on any team view (null over REST, "" over gRPC), and the views still answer.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TeamUnknownOrganTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_team_whose_owner_the_read_model_does_not_know_shows_no_owner_name_on_its_record_list_and_history()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var id = await TeamsHost.RegisterAsync(host, DemoOrgans.Qinzhou);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            Assert.Equal(1, await db.Set<KnownOrgan>().Where(o => o.OrganId == DemoOrgans.Qinzhou.Id).ExecuteDeleteAsync());
        }

        using var owner = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var team = await TeamsHost.GetAsync(host, id);
        Assert.Equal((DemoOrgans.Qinzhou.Id, JsonValueKind.Null), (team.GetProperty("ownerOrganId").GetString(), team.GetProperty("ownerOrganName").ValueKind));
        var listed = await (await owner.GetAsync(TeamsHost.Path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("ownerOrganName").ValueKind);
        var history = await (await owner.GetAsync($"{TeamsHost.Path}/{id}/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.All(history.EnumerateArray(), h => Assert.Equal(JsonValueKind.Null, h.GetProperty("byOrganName").ValueKind));
        Assert.NotEmpty(history.EnumerateArray());

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new TeamsClient(channel);
        var bearer = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Qinzhou)}" } };
        var reply = await client.GetTeamAsync(new GetTeamRequest { TeamId = id.ToString() }, bearer);
        Assert.Equal((DemoOrgans.Qinzhou.Id, ""), (reply.OwnerOrganId, reply.OwnerOrganName));
        Assert.All((await client.GetHistoryAsync(new GetHistoryRequest { TeamId = id.ToString() }, bearer)).Changes, c => Assert.Equal("", c.ByOrganName));
    }
}
