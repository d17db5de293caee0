using Corridor.Notifications.Infrastructure;

namespace Corridor.Notifications.Matches;

internal static class MatchTexts
{
    /// <summary>The problem a match is for, by its title when tracked, else by id (match events carry no title).</summary>
    public static async Task<string> ProblemNamedAsync(NotificationsDbContext db, Guid problemId, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.FindAsync([problemId], cancellationToken);
        return problem is { Title.Length: > 0 } ? $"“{problem.Title}”" : problemId.ToString();
    }

    /// <summary>
    /// The side that proposed: match events after the proposal name only who acted, and only the side that did not
    /// propose accepts or declines (the proposer's own side counts as accepted when it proposes).
    /// </summary>
    public static string ProposerOf(string raisingOrganId, string offeringOrganId, string actingOrganId) =>
        actingOrganId == raisingOrganId ? offeringOrganId : raisingOrganId;
}
