using System.Net;
using System.Text.Json;
using Corridor.Testing;

namespace Corridor.DirectoryService.Tests.Integration;

/// <summary>Starts a Directory host (the founding members seeded) and makes its REST requests.</summary>
internal static class DirectoryHost
{
    public const string Organs = "/api/v1/organs";
    public const string Regions = "/api/v1/regions";

    public static async Task<ServiceHost<DirectoryServiceMarker>> StartAsync(Uri vhost)
    {
        var host = new ServiceHost<DirectoryServiceMarker>("directory", vhost);
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>The body of a registration of a 工委 of <paramref name="region"/>.</summary>
    public static object Registration(string region, string? organId, string fullName = "中共测试市直属机关工作委员会", string? parent = null) => new
    {
        organId,
        regionCode = region,
        fullName,
        shortName = "测试工委",
        level = "Municipal",
        kind = "WorkingCommittee",
        parentOrganId = parent,
    };

    public static async Task<JsonElement> RegisterAsync(ServiceHost<DirectoryServiceMarker> host, string caller, object registration)
    {
        using var client = host.CreateRestClient(caller);
        return await (await client.PostJsonAsync(Organs, registration)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
    }
}
