using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Security;
using Corridor.Teams.Teams;

namespace Corridor.Teams.Infrastructure;

/// <summary>
/// The feed applies <see cref="TeamVisibility"/> as REST and gRPC do: a caller who may not see a team's roster gets
/// the team entry without its members.
/// </summary>
internal sealed class TeamRosterFilter(CallerIdentity caller) : IChangeContentFilter
{
    public string? ContentFor(string recordType, string region, string? content)
    {
        if (recordType != TeamsChangeFeed.TeamRecord || content is null || TeamVisibility.SeesRoster(region, caller))
        {
            return content;
        }

        var team = JsonNode.Parse(content)!.AsObject();
        team.Remove(TeamsChangeFeed.Members);
        return team.ToJsonString(ChangeContent.JsonOptions);
    }
}
