namespace Corridor.Lists.Projects;

public sealed record ProjectStatisticsResponse(
    int Projects,
    IReadOnlyList<RegionStatusCount> ByLeadRegion,
    IReadOnlyList<RegionStatusCount> ByParticipatingRegion,
    IReadOnlyList<StatusCount> ByStatus,
    string Rule);
