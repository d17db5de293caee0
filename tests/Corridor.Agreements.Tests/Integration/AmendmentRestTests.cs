using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Agreements.Tests.Integration;

[Collection(SharedRabbitMq.CollectionName)]
public sealed class AmendmentRestTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task An_amendment_adding_a_party_and_extending_the_term_is_adopted_when_all_three_organs_have_signed()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var amended = await EventProbe.ListenAsync<AgreementAmended>(vhost);
        await using var host = await AgreementsHost.StartAsync(vhost);
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var path = $"{AgreementsHost.Path}/{id}/amendments";
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));

        var empty = await (await yulin.PostJsonAsync(path, new { reason = "无变化" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("Changes", out _));

        var proposed = await (await yulin.PostJsonAsync(path, new
        {
            reason = "钦州加入并延长期限",
            parties = new[] { AgreementsHost.Party(DemoOrgans.Yulin), AgreementsHost.Party(DemoOrgans.Zhaoqing), AgreementsHost.Party(DemoOrgans.Qinzhou) },
            term = new { start = "2026-01-01", end = "2030-12-31" },
            plans = new[] { new { year = 2027, area = "JointTraining", planned = 2, goal = "联合举办骨干培训班" } },
        })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var pending = proposed.GetProperty("pendingAmendment");
        Assert.Equal(1, pending.GetProperty("number").GetInt32());
        Assert.Equal(3, pending.GetProperty("missingSignatures").GetArrayLength());

        var forAnother = await (await yulin.PostJsonAsync($"{path}/1/signatures", new { signatory = "张伟", organId = DemoOrgans.Qinzhou.Id }))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("agreement.signing-for-another-party", forAnother.GetProperty("code").GetString());

        await (await yulin.PostJsonAsync($"{path}/1/signatures", new { signatory = "张伟" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await qinzhou.PostJsonAsync($"{path}/1/signatures", new { signatory = "黄梅" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var midway = await (await yulin.GetAsync($"{AgreementsHost.Path}/{id}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("2028-12-31", midway.GetProperty("termEnd").GetString());
        Assert.Equal(2, midway.GetProperty("parties").GetArrayLength());

        var adopted = await (await zhaoqing.PostJsonAsync($"{path}/1/signatures", new { signatory = "李娜" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("2030-12-31", adopted.GetProperty("termEnd").GetString());
        Assert.Equal(3, adopted.GetProperty("parties").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, adopted.GetProperty("pendingAmendment").ValueKind);
        Assert.Equal("JointTraining", Assert.Single(adopted.GetProperty("plans").EnumerateArray()).GetProperty("area").GetString());

        var published = await amended.WaitForAsync(m => m.GetProperty("agreementId").GetGuid() == id, EventTimeout, "AgreementAmended is published");
        Assert.Equal(1, published.Message.GetProperty("amendmentNumber").GetInt32());
        Assert.True(published.Message.GetProperty("partiesChanged").GetBoolean());
        Assert.Equal(3, published.Message.GetProperty("partyOrganIds").GetArrayLength());

        var list = await (await qinzhou.GetAsync(path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Adopted", Assert.Single(list.EnumerateArray()).GetProperty("status").GetString());
        var again = await (await zhaoqing.PostJsonAsync($"{path}/1/signatures", new { signatory = "李娜" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("agreement.amendment-not-pending", again.GetProperty("code").GetString());
    }
}
