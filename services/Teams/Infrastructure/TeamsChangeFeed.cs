using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Teams.Teams;
using Corridor.Teams.Teams.Members;

namespace Corridor.Teams.Infrastructure;

/// <summary>
/// The Teams change feed: each team as its REST view with its roster as any reader may see it (phones
/// masked, personal details left out — the feed is readable by every region); the current leader and
/// readiness depend on the day they are read, so they are left out.
/// </summary>
public static class TeamsChangeFeed
{
    public const string FeedName = "teams";

    public static IHostApplicationBuilder AddTeamsChangeFeed(this IHostApplicationBuilder builder) =>
        builder.AddChangeFeed<TeamsDbContext>(FeedName, feed => feed
            .Track<Team>("team", t => t.RegionCode, View, nameof(Team.Status), omit: ["leader", "readiness"]));

    private static JsonObject View(Team team)
    {
        var view = JsonSerializer.SerializeToNode(TeamResponse.From(team, DateOnly.MinValue), ChangeContent.JsonOptions)!.AsObject();
        var roster = team.Members.OrderBy(m => m.JoinedOn).ThenBy(m => m.Id).Select(m => MemberResponse.Of(m, owner: false)).ToArray();
        view["members"] = JsonSerializer.SerializeToNode(roster, ChangeContent.JsonOptions);
        return view;
    }
}
