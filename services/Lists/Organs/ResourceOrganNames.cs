using Corridor.BuildingBlocks.Directory;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Matching;
using Corridor.Lists.Resources;

namespace Corridor.Lists.Organs;

/// <summary>Resources with the current name of the offering organ: one read-model query per view, page or suggestion list.</summary>
internal static class ResourceOrganNames
{
    public static async Task<ResourceResponse> NamedAsync(this ResourceResponse view, ListsDbContext db, CancellationToken cancellationToken) =>
        view.Named(await db.OrganNamesAsync([view.OrganId], cancellationToken));

    public static async Task<ResourcePage> NamedAsync(this ResourcePage page, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(page.Items.Select(r => r.OrganId), cancellationToken);
        return page with { Items = [.. page.Items.Select(r => r.Named(names))] };
    }

    public static async Task<IReadOnlyList<MatchSuggestion>> NamedAsync(this IReadOnlyList<MatchSuggestion> suggestions, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(suggestions.Select(s => s.Resource.OrganId), cancellationToken);
        return [.. suggestions.Select(s => s with { Resource = s.Resource.Named(names) })];
    }

    private static ResourceResponse Named(this ResourceResponse view, OrganNames names) => view with { OrganName = names.Of(view.OrganId) };
}
