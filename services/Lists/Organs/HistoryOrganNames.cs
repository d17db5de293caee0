using Corridor.BuildingBlocks.Directory;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Projects;

namespace Corridor.Lists.Organs;

/// <summary>History lines and revisions with the current name of the organ that acted: one read-model query per answer.</summary>
internal static class HistoryOrganNames
{
    public static async Task<IReadOnlyList<ProblemTransitionResponse>> NamedAsync(
        this IReadOnlyList<ProblemTransitionResponse> lines, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(lines.Select(h => h.ByOrganId), cancellationToken);
        return [.. lines.Select(h => h with { ByOrganName = names.Of(h.ByOrganId) })];
    }

    public static async Task<IReadOnlyList<ProjectTransitionResponse>> NamedAsync(
        this IReadOnlyList<ProjectTransitionResponse> lines, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(lines.Select(h => h.ByOrganId), cancellationToken);
        return [.. lines.Select(h => h with { ByOrganName = names.Of(h.ByOrganId) })];
    }

    public static async Task<IReadOnlyList<RevisionSummary>> NamedAsync(this IReadOnlyList<RevisionSummary> revisions, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(revisions.Select(r => r.SavedByOrganId), cancellationToken);
        return [.. revisions.Select(r => r with { SavedByOrganName = names.Of(r.SavedByOrganId) })];
    }

    public static async Task<RevisionResponse> NamedAsync(this RevisionResponse revision, ListsDbContext db, CancellationToken cancellationToken) =>
        revision with { SavedByOrganName = (await db.OrganNamesAsync([revision.SavedByOrganId], cancellationToken)).Of(revision.SavedByOrganId) };
}
