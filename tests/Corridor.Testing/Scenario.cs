using System.Net;
using System.Text.Json;

namespace Corridor.Testing;

/// <summary>The slice's steps through the public REST APIs, as the callers who are allowed to take them.</summary>
public static class Scenario
{
    public static async Task<Guid> ActiveAgreementAsync(CorridorSystem system, DemoOrgan first, DemoOrgan second, string title = "玉林–肇庆机关党建合作协议")
    {
        using var firstClient = system.Agreements.CreateRestClient(TestTokens.Member(first));
        using var secondClient = system.Agreements.CreateRestClient(TestTokens.Member(second));
        var created = await (await firstClient.PostJsonAsync("/api/v1/agreements", new
        {
            kind = "PairingAgreement",
            title,
            parties = new[]
            {
                new { organId = first.Id, organName = first.Name, regionCode = first.RegionCode },
                new { organId = second.Id, organName = second.Name, regionCode = second.RegionCode },
            },
            termStart = "2026-01-01",
            termEnd = "2028-12-31",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        await (await firstClient.PostAsync($"/api/v1/agreements/{id}/propose", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await firstClient.PostJsonAsync($"/api/v1/agreements/{id}/signatures", new { signatory = "张伟" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var signed = await (await secondClient.PostJsonAsync($"/api/v1/agreements/{id}/signatures", new { signatory = "李娜" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        if (signed.GetProperty("status").GetString() != "Active")
        {
            throw new InvalidOperationException($"Agreement did not become Active: {signed}");
        }

        return id;
    }

    public static async Task<HttpResponseMessage> CreateProjectAsync(CorridorSystem system, DemoOrgan lead, DemoOrgan partner, Guid? agreementId, string title = "玉林—肇庆 党建引领产业协作")
    {
        using var client = system.Lists.CreateRestClient(TestTokens.Member(lead));
        return await client.PostJsonAsync("/api/v1/projects", new
        {
            title,
            description = "两地机关党组织联合推动产业转移承接与招商协作",
            partners = new[] { new { organId = partner.Id, regionCode = partner.RegionCode } },
            agreementId,
        });
    }

    /// <summary>Creates and submits a project; returns its id at revision 1.</summary>
    public static async Task<Guid> SubmittedProjectAsync(CorridorSystem system, DemoOrgan lead, DemoOrgan partner, Guid? agreementId)
    {
        var created = await (await CreateProjectAsync(system, lead, partner, agreementId)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        using var client = system.Lists.CreateRestClient(TestTokens.Member(lead));
        await (await client.PostAsync($"/api/v1/projects/{id}/submit", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return id;
    }

    public static async Task<JsonElement> ApproveAsync(CorridorSystem system, Guid projectId, string token, int revision = 1)
    {
        using var client = system.Lists.CreateRestClient(token);
        return await (await client.PostJsonAsync($"/api/v1/projects/{projectId}/approvals", new { revision })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
    }

    /// <summary>Every required party approves revision 1; returns the final state.</summary>
    public static async Task<JsonElement> ApproveByAllAsync(CorridorSystem system, Guid projectId, DemoOrgan lead, DemoOrgan partner)
    {
        await ApproveAsync(system, projectId, TestTokens.Coordinator(lead));
        await ApproveAsync(system, projectId, TestTokens.Coordinator(partner));
        return await ApproveAsync(system, projectId, TestTokens.Secretariat());
    }

    public static async Task<Guid> RegisterTeamAsync(CorridorSystem system, DemoOrgan owner, string name = "平陆运河党员突击队")
    {
        using var client = system.Teams.CreateRestClient(TestTokens.Member(owner));
        var team = await (await client.PostJsonAsync("/api/v1/teams", new
        {
            kind = "PartyMemberCommando",
            name,
            mission = "攻坚重大项目建设中的难点堵点",
            formedOn = "2026-03-01",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        return team.GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> DeployAsync(CorridorSystem system, DemoOrgan owner, Guid teamId, Guid projectId, string from = "2026-06-01", string to = "2026-12-31")
    {
        using var client = system.Teams.CreateRestClient(TestTokens.Member(owner));
        return await client.PostJsonAsync($"/api/v1/teams/{teamId}/deployments", new { projectId, from, to, task = "协助项目落地的组织保障" });
    }
}
