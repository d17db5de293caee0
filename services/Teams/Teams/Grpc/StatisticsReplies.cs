using Corridor.Teams.Projects;
using Corridor.Teams.Statistics;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Teams.Grpc;

/// <summary>The statistics and the approved projects' read model as gRPC replies.</summary>
internal static class StatisticsReplies
{
    public static G.StatisticsReply Statistics(TeamStatisticsResponse statistics)
    {
        var reply = new G.StatisticsReply
        {
            On = Text(statistics.On),
            Rule = statistics.Rule,
            Teams = statistics.Teams,
            Members = statistics.Members,
            ActiveDeployments = statistics.ActiveDeployments,
        };
        reply.TeamsByKindRegionStatus.AddRange(statistics.TeamsByKindRegionStatus.Select(c => new G.TeamCount { Kind = c.Kind, RegionCode = c.RegionCode, Status = c.Status, Teams = c.Teams }));
        reply.MembersByKindRegionStatus.AddRange(statistics.MembersByKindRegionStatus.Select(c => new G.MemberCount
        {
            Kind = c.Kind,
            RegionCode = c.RegionCode,
            Status = c.Status,
            Members = c.Members,
            PartyMembers = c.PartyMembers,
        }));
        reply.ActiveDeploymentsPerProject.AddRange(statistics.ActiveDeploymentsPerProject.Select(p => new G.ProjectDeployments
        {
            ProjectId = p.ProjectId.ToString(),
            Title = p.Title ?? "",
            Teams = p.Teams,
            Deployments = p.Deployments,
        }));
        return reply;
    }

    public static G.ApprovedProject ApprovedProject(ApprovedProjectResponse p) => new()
    {
        ProjectId = p.ProjectId.ToString(),
        Title = p.Title,
        LeadRegionCode = p.LeadRegionCode,
        Revision = p.Revision,
        Status = p.Status,
        ApprovedAt = Text(p.ApprovedAt),
        ClosedAt = Text(p.ClosedAt),
    };
}
