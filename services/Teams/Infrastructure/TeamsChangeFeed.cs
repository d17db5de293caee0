using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Teams.Teams;
using Corridor.Teams.Teams.Members;

namespace Corridor.Teams.Infrastructure;

/// <summary>
/// The Teams change feed: each team as its REST view with its roster (phones masked, personal details left out);
/// the roster only to callers <see cref="TeamVisibility"/> lets see it, everyone else gets the team without its
/// members (<see cref="TeamRosterFilter"/>). The current leader and readiness depend on the day they are read, so
/// they are left out.
/// </summary>
public static class TeamsChangeFeed
{
    public const string FeedName = "teams";
    public const string TeamRecord = "team";
    public const string Members = "members";

    public static IHostApplicationBuilder AddTeamsChangeFeed(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IChangeContentFilter, TeamRosterFilter>();
        return builder.AddChangeFeed<TeamsDbContext>(FeedName, feed => feed
            .Track<Team>(TeamRecord, t => t.RegionCode, View, nameof(Team.Status), omit: ["leader", "readiness"]));
    }

    private static JsonObject View(Team team)
    {
        var view = JsonSerializer.SerializeToNode(TeamResponse.From(team, DateOnly.MinValue), ChangeContent.JsonOptions)!.AsObject();
        var roster = team.Members.OrderBy(m => m.JoinedOn).ThenBy(m => m.Id).Select(m => MemberResponse.Of(m, owner: false)).ToArray();
        view[Members] = JsonSerializer.SerializeToNode(roster, ChangeContent.JsonOptions);
        return view;
    }
}
