using System.Net;
using System.Text.Json;
using Corridor.Agreements.Tests.Integration;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;

namespace Corridor.Agreements.Tests.Directory;

/// <summary>
/// An amendment's lists show the organs' names after a rename, and an organ the read model does not know yet has no name
/// (null over REST, "" over gRPC) without failing the view.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementUnknownAndRenamedOrganTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task After_a_rename_an_amendment_and_the_amendment_list_show_the_new_name_over_REST_and_gRPC()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        await (await yulin.PostJsonAsync($"{AgreementsHost.Path}/{id}/amendments", new
        {
            reason = "增加贺州市直属机关工委为缔约方",
            parties = new[] { AgreementOrgans.Party(DemoOrgans.Yulin), AgreementOrgans.Party(DemoOrgans.Zhaoqing), AgreementOrgans.Party(DemoOrgans.Hezhou) },
        })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        const string renamed = "中共贺州市委直属机关工作委员会";
        await KnownOrgansSeeding.KnowOrgansAsync(host.Services, [DemoOrgans.Hezhou with { Name = renamed }], version: 2);

        var amendment = Assert.Single((await (await yulin.GetAsync($"{AgreementsHost.Path}/{id}/amendments")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(renamed, amendment.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("organId").GetString() == DemoOrgans.Hezhou.Id).GetProperty("organName").GetString());
        Assert.Contains(renamed, amendment.GetProperty("requiredOrganNames").EnumerateArray().Select(n => n.GetString()));
        Assert.DoesNotContain(DemoOrgans.Hezhou.Name, amendment.GetRawText(), StringComparison.Ordinal);

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var reply = await new AgreementsClient(channel).GetAgreementAsync(new GetAgreementRequest { AgreementId = id.ToString() }, AgreementOrgans.Bearer(DemoOrgans.Yulin));
        var grpcAmendment = Assert.Single(reply.Amendments);
        Assert.Equal(renamed, grpcAmendment.RequiredOrganNames[grpcAmendment.RequiredOrganIds.IndexOf(DemoOrgans.Hezhou.Id)]);
    }

    [SkippableFact]
    public async Task An_organ_the_read_model_does_not_know_has_no_name_on_history_lines_and_activities_and_the_views_still_answer()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        await (await zhaoqing.PostJsonAsync($"{AgreementsHost.Path}/{id}/activities", new
        {
            area = "JointWork",
            date = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            hostOrganId = DemoOrgans.Yulin.Id,
            participatingOrganIds = new[] { DemoOrgans.Zhaoqing.Id },
            participantCount = 8,
            summary = "联合开展主题党日",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            Assert.Equal(1, await db.Set<KnownOrgan>().Where(o => o.OrganId == DemoOrgans.Zhaoqing.Id).ExecuteDeleteAsync());
        }

        var history = (await (await zhaoqing.GetAsync($"{AgreementsHost.Path}/{id}/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).EnumerateArray().ToArray();
        Assert.Contains(history, h => h.GetProperty("byOrganId").GetString() == DemoOrgans.Zhaoqing.Id);
        Assert.All(history, h => Assert.Equal(
            h.GetProperty("byOrganId").GetString() == DemoOrgans.Zhaoqing.Id ? JsonValueKind.Null : JsonValueKind.String, h.GetProperty("byOrganName").ValueKind));
        var activity = Assert.Single((await (await zhaoqing.GetAsync($"{AgreementsHost.Path}/{id}/activities")).ReadAsAsync<JsonElement>(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray());
        Assert.Equal(
            (DemoOrgans.Yulin.Name, JsonValueKind.Null, JsonValueKind.Null),
            (activity.GetProperty("hostOrganName").GetString(), activity.GetProperty("recordedByOrganName").ValueKind, activity.GetProperty("participatingOrganNames")[0].ValueKind));

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var lines = await new AgreementsClient(channel).GetHistoryAsync(new GetAgreementRequest { AgreementId = id.ToString() }, AgreementOrgans.Bearer(DemoOrgans.Zhaoqing));
        Assert.All(lines.Lines.Where(l => l.ByOrganId == DemoOrgans.Zhaoqing.Id), l => Assert.Equal("", l.ByOrganName));
        Assert.Contains(lines.Lines, l => l.ByOrganId == DemoOrgans.Yulin.Id && l.ByOrganName == DemoOrgans.Yulin.Name);
    }
}
