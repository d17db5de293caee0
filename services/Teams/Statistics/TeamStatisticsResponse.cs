namespace Corridor.Teams.Statistics;

public sealed record TeamStatisticsResponse(
    DateOnly On,
    string Rule,
    int Teams,
    int Members,
    int ActiveDeployments,
    IReadOnlyList<TeamCount> TeamsByKindRegionStatus,
    IReadOnlyList<MemberCount> MembersByKindRegionStatus,
    IReadOnlyList<ProjectDeployments> ActiveDeploymentsPerProject);

public sealed record TeamCount(string Kind, string RegionCode, string Status, int Teams);

public sealed record MemberCount(string Kind, string RegionCode, string Status, int Members, int PartyMembers);

public sealed record ProjectDeployments(Guid ProjectId, string? Title, int Teams, int Deployments);
