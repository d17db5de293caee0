using Corridor.BuildingBlocks.Directory;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Matching;

namespace Corridor.Lists.Organs;

/// <summary>Matches with the current names of the organs on both sides and of those that acted: one read-model query per answer.</summary>
internal static class MatchOrganNames
{
    public static async Task<MatchResponse> NamedAsync(this MatchResponse view, ListsDbContext db, CancellationToken cancellationToken) =>
        view.Named(await db.OrganNamesAsync(OrganIds(view), cancellationToken));

    public static async Task<IReadOnlyList<MatchResponse>> NamedAsync(this IReadOnlyList<MatchResponse> views, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(views.SelectMany(OrganIds), cancellationToken);
        return [.. views.Select(m => m.Named(names))];
    }

    private static IEnumerable<string?> OrganIds(MatchResponse m) =>
        [m.RaisingOrganId, m.OfferingOrganId, m.ProposedByOrganId, m.DeclinedByOrganId, m.ReleasedByOrganId];

    private static MatchResponse Named(this MatchResponse m, OrganNames names) => m with
    {
        RaisingOrganName = names.Of(m.RaisingOrganId),
        OfferingOrganName = names.Of(m.OfferingOrganId),
        ProposedByOrganName = names.Of(m.ProposedByOrganId),
        DeclinedByOrganName = names.Of(m.DeclinedByOrganId),
        ReleasedByOrganName = names.Of(m.ReleasedByOrganId),
    };
}
