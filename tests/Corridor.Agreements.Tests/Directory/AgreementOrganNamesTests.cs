using System.Net;
using System.Text.Json;
using Corridor.Agreements.Tests.Integration;
using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Net.Client;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;

namespace Corridor.Agreements.Tests.Directory;

/// <summary>Every agreement view names its organs as the directory names them now, over REST and gRPC.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementOrganNamesTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_party_is_stored_with_the_directorys_name_and_region_whatever_the_request_said()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var created = await (await yulin.PostJsonAsync(AgreementsHost.Path, AgreementsHost.CreateBody(
                AgreementOrgans.Party(DemoOrgans.Yulin, organName: "请求里写的名称"), AgreementOrgans.Party(DemoOrgans.Zhaoqing))))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);

        var parties = created.GetProperty("parties").EnumerateArray()
            .Select(p => (p.GetProperty("organId").GetString(), p.GetProperty("organName").GetString(), p.GetProperty("regionCode").GetString()))
            .OrderBy(p => p.Item1, StringComparer.Ordinal).ToArray();
        var expected = new[] { DemoOrgans.Yulin, DemoOrgans.Zhaoqing }
            .Select(o => ((string?)o.Id, (string?)o.Name, (string?)o.RegionCode)).OrderBy(p => p.Item1, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, parties);
    }

    [SkippableFact]
    public async Task A_rename_in_the_directory_changes_the_name_every_view_shows_over_REST_and_gRPC()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await AgreementsHost.StartAsync(vhost);
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        await (await zhaoqing.PostJsonAsync($"{AgreementsHost.Path}/{id}/activities", new
        {
            area = "JointWork",
            date = today,
            hostOrganId = DemoOrgans.Yulin.Id,
            participatingOrganIds = new[] { DemoOrgans.Zhaoqing.Id },
            participantCount = 8,
            summary = "联合开展主题党日",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);

        const string renamed = "中共玉林市委直属机关工作委员会";
        await AgreementOrgans.RenameAsync(host, vhost, DemoOrgans.Yulin, renamed);

        var shown = await (await zhaoqing.GetAsync($"{AgreementsHost.Path}/{id}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(renamed, PartyName(shown, DemoOrgans.Yulin));
        Assert.Equal(DemoOrgans.Zhaoqing.Name, PartyName(shown, DemoOrgans.Zhaoqing));
        var listed = await (await zhaoqing.GetAsync($"{AgreementsHost.Path}?organ={DemoOrgans.Yulin.Id}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(renamed, PartyName(Assert.Single(listed.GetProperty("items").EnumerateArray()), DemoOrgans.Yulin));
        var history = await (await zhaoqing.GetAsync($"{AgreementsHost.Path}/{id}/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("byOrganId").GetString() == DemoOrgans.Yulin.Id && h.GetProperty("byOrganName").GetString() == renamed);
        var activities = await (await zhaoqing.GetAsync($"{AgreementsHost.Path}/{id}/activities")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var activity = Assert.Single(activities.GetProperty("items").EnumerateArray());
        Assert.Equal(
            (renamed, DemoOrgans.Zhaoqing.Name, DemoOrgans.Zhaoqing.Name),
            (activity.GetProperty("hostOrganName").GetString(), activity.GetProperty("participatingOrganNames")[0].GetString(), activity.GetProperty("recordedByOrganName").GetString()));

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new AgreementsClient(channel);
        var reply = await client.GetAgreementAsync(new GetAgreementRequest { AgreementId = id.ToString() }, AgreementOrgans.Bearer(DemoOrgans.Zhaoqing));
        Assert.Equal(renamed, reply.Parties.Single(p => p.OrganId == DemoOrgans.Yulin.Id).OrganName);
        var lines = await client.GetHistoryAsync(new GetAgreementRequest { AgreementId = id.ToString() }, AgreementOrgans.Bearer(DemoOrgans.Zhaoqing));
        Assert.Contains(lines.Lines, l => l.ByOrganId == DemoOrgans.Yulin.Id && l.ByOrganName == renamed);
        var grpcActivities = await client.ListActivitiesAsync(new ListActivitiesRequest { AgreementId = id.ToString() }, AgreementOrgans.Bearer(DemoOrgans.Zhaoqing));
        var grpcActivity = Assert.Single(grpcActivities.Activities);
        Assert.Equal((renamed, DemoOrgans.Zhaoqing.Name), (grpcActivity.HostOrganName, Assert.Single(grpcActivity.ParticipatingOrganNames)));
    }

    [SkippableFact]
    public async Task A_pending_amendment_names_its_proposer_and_the_organs_that_must_sign()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var amended = await (await yulin.PostJsonAsync($"{AgreementsHost.Path}/{id}/amendments", new
        {
            reason = "增加贺州市直属机关工委为缔约方",
            parties = new[] { AgreementOrgans.Party(DemoOrgans.Yulin), AgreementOrgans.Party(DemoOrgans.Zhaoqing), AgreementOrgans.Party(DemoOrgans.Hezhou) },
        })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        var pending = amended.GetProperty("pendingAmendment");
        Assert.Equal(DemoOrgans.Yulin.Name, pending.GetProperty("proposedByOrganName").GetString());
        Assert.Contains(pending.GetProperty("parties").EnumerateArray(), p => p.GetProperty("organName").GetString() == DemoOrgans.Hezhou.Name);
        var required = pending.GetProperty("requiredOrganIds").EnumerateArray().Select(e => e.GetString()).ToArray();
        var names = pending.GetProperty("requiredOrganNames").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(required.Select(r => DemoDirectory.Organs.Single(o => o.Id == r).Name), names);

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var reply = await new AgreementsClient(channel).GetAgreementAsync(new GetAgreementRequest { AgreementId = id.ToString() }, AgreementOrgans.Bearer(DemoOrgans.Yulin));
        var amendment = Assert.Single(reply.Amendments);
        Assert.Equal(DemoOrgans.Yulin.Name, amendment.ProposedByOrganName);
        Assert.Equal(amendment.RequiredOrganIds.Select(r => DemoDirectory.Organs.Single(o => o.Id == r).Name), amendment.RequiredOrganNames);
    }

    private static string? PartyName(JsonElement agreement, DemoOrgan organ) =>
        agreement.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("organId").GetString() == organ.Id).GetProperty("organName").GetString();
}
