using Corridor.DevTools.Api;

namespace Corridor.DevTools.Demo;

/// <summary>
/// Registers <see cref="DemoDirectory"/> in the Directory as the secretariat, each organ by its external reference, so
/// a second run changes nothing. The other services know an organ only once the directory does.
/// </summary>
public sealed class DirectorySeeder(CorridorApiClient api, ServiceUrls urls)
{
    public async Task<IReadOnlyList<OrganView>> RunAsync(CancellationToken cancellationToken)
    {
        var registered = new List<OrganView>();
        foreach (var organ in DemoDirectory.Organs)
        {
            var answer = await api.PutAsync<OrganUpsertView>(
                urls.Directory,
                $"/api/v1/organs/by-ref/{organ.RegionCode}/{organ.Reference}",
                new
                {
                    organId = organ.OrganId,
                    fullName = organ.FullName,
                    shortName = organ.ShortName,
                    level = organ.Level,
                    kind = organ.Kind,
                    parentOrganId = organ.ParentOrganId,
                },
                DemoCallers.Secretariat(),
                cancellationToken);
            registered.Add(answer.Organ);
        }

        return registered;
    }
}
