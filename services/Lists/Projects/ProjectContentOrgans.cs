using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Security;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Projects;

internal static class ProjectContentOrgans
{
    /// <summary>
    /// The content with each partner in the region the directory records for it; a region the request states must agree
    /// (the lead cannot label a partner with another region, which would ask the wrong coordinator to approve).
    /// </summary>
    public static async Task<ProjectContent> ContentAsync(this ListsOrgans organs, CreateProjectRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var named = request.Partners!
            .Select((p, i) => new NamedOrgan($"Partners[{i}].OrganId", p.OrganId!, p.RegionCode, $"Partners[{i}].RegionCode"))
            .Concat(CallerOrgan.Of(caller))
            .ToArray();
        var known = await organs.RequireAsync(named, cancellationToken);
        return request.ToContent(id => known[id].RegionCode);
    }
}
