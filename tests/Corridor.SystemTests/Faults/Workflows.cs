using System.Net;
using System.Text.Json;
using Corridor.Testing;
using Corridor.Testing.Processes;

namespace Corridor.SystemTests.Faults;

/// <summary>The two flows the faults run repeats against Lists: a project approved by all parties, a problem raised and resolved.</summary>
public static class Workflows
{
    private static readonly DemoOrgan ResponsibleBureau =
        new(Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("11450900MB0000099"), "玉林市商务局", "450900");

    /// <summary>Create, submit, three approvals: ends in ProjectApproved (consumed by Teams and Agreements).</summary>
    public static async Task ApproveProjectAsync(ServiceProcess lists, int number)
    {
        var created = await PostAsync(lists, TestTokens.Member(DemoOrgans.Qinzhou), "/api/v1/projects", new
        {
            title = $"故障演练项目 {number}",
            description = "两地机关党组织联合推动产业转移承接与招商协作",
            partners = new[] { new { organId = DemoOrgans.Guangdong.Id, regionCode = DemoOrgans.Guangdong.RegionCode } },
            agreementId = (Guid?)null,
        }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await PostAsync(lists, TestTokens.Member(DemoOrgans.Qinzhou), $"/api/v1/projects/{id}/submit", new { }, HttpStatusCode.OK);
        foreach (var approver in new[] { TestTokens.Coordinator(DemoOrgans.Qinzhou), TestTokens.Coordinator(DemoOrgans.Guangdong), TestTokens.Secretariat() })
        {
            await PostAsync(lists, approver, $"/api/v1/projects/{id}/approvals", new { revision = 1 }, HttpStatusCode.OK);
        }
    }

    /// <summary>Raise, accept, start, resolve: ends in ProblemResolved.</summary>
    public static async Task ResolveProblemAsync(ServiceProcess lists, int number)
    {
        var raised = await PostAsync(lists, TestTokens.Member(DemoOrgans.Yulin), "/api/v1/problems", Problem(number), HttpStatusCode.Created);
        var id = raised.GetProperty("id").GetGuid();
        await PostAsync(lists, TestTokens.Coordinator(DemoOrgans.Yulin), $"/api/v1/problems/{id}/accept", new
        {
            responsibleOrganId = ResponsibleBureau.Id,
            responsibleRegionCode = ResponsibleBureau.RegionCode,
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
        }, HttpStatusCode.OK);
        await PostAsync(lists, TestTokens.Member(ResponsibleBureau), $"/api/v1/problems/{id}/start", new { }, HttpStatusCode.OK);
        await PostAsync(lists, TestTokens.Member(ResponsibleBureau), $"/api/v1/problems/{id}/resolve", new { resolution = "增开两列" }, HttpStatusCode.OK);
    }

    /// <summary>The body of a problem raised by a member of Yulin (POST /api/v1/problems).</summary>
    public static object Problem(int number) => new
    {
        title = $"故障演练问题 {number}",
        description = "旺季班列舱位紧张，企业货物滞港",
        category = "Logistics",
        severity = "High",
        enterpriseCreditCode = Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("91450700MA5L00001"),
    };

    private static async Task<JsonElement> PostAsync(ServiceProcess lists, string token, string path, object body, HttpStatusCode expected)
    {
        using var client = lists.CreateRestClient(token);
        return await (await client.PostJsonAsync(path, body)).ReadAsAsync<JsonElement>(expected);
    }
}
