using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Members;
using Corridor.Teams.Teams.Registry;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Teams.Grpc;

/// <summary>The registry's views as gRPC replies (absent values as proto3 empty strings).</summary>
internal static class TeamReplies
{
    public static G.TeamReply Team(TeamResponse t)
    {
        var reply = new G.TeamReply
        {
            TeamId = t.Id.ToString(),
            Kind = t.Kind,
            Name = t.Name,
            OwnerOrganId = t.OwnerOrganId,
            OwnerOrganName = t.OwnerOrganName ?? "",
            RegionCode = t.RegionCode,
            Mission = t.Mission,
            Status = t.Status,
            FormedOn = Text(t.FormedOn),
            ParentPartyOrganisation = t.ParentPartyOrganisation ?? "",
            DissolveBy = Text(t.DissolveBy),
            ActivatedOn = Text(t.ActivatedOn),
            StoodDownOn = Text(t.StoodDownOn),
            StandDownReason = t.StandDownReason ?? "",
            LeaderName = t.Leader?.PersonName ?? "",
            Readiness = new G.Readiness
            {
                On = Text(t.Readiness.On),
                MembersAvailable = t.Readiness.MembersAvailable,
                PartyMembers = t.Readiness.PartyMembers,
                LeaderInPlace = t.Readiness.LeaderInPlace,
                ActiveDeployments = t.Readiness.ActiveDeployments,
                Ready = t.Readiness.Ready,
            },
            Version = t.Version,
            ExternalReference = t.ExternalReference ?? "",
        };
        reply.Deployments.AddRange(t.Deployments.Select(Deployment));
        reply.CreditedProblemIds.AddRange(t.Credits.Select(c => c.ProblemId.ToString()));
        return reply;
    }

    public static G.DeploymentReply Deployment(DeploymentResponse d)
    {
        var reply = new G.DeploymentReply
        {
            DeploymentId = d.Id.ToString(),
            ProjectId = d.ProjectId.ToString(),
            From = Text(d.From),
            To = Text(d.To),
            Task = d.Task,
            EndedOn = Text(d.EndedOn),
            EndReason = d.EndReason ?? "",
        };
        reply.Outcomes.AddRange(d.Outcomes.Select(o => o.Text));
        return reply;
    }

    public static G.MemberReply Member(MemberResponse m) => new()
    {
        MemberId = m.Id.ToString(),
        PersonName = m.PersonName,
        Role = m.Role,
        Phone = m.Phone ?? "",
        DetailsVisible = m.DetailsVisible,
        OrganId = m.OrganId ?? "",
        OrganName = m.OrganName ?? "",
        PartyMember = m.PartyMember ?? false,
        JoinedOn = Text(m.JoinedOn),
        LeftOn = Text(m.LeftOn),
    };

    public static G.ListTeamsReply Page(TeamPage page)
    {
        var reply = new G.ListTeamsReply { NextPageToken = page.NextCursor ?? "" };
        reply.Teams.AddRange(page.Items.Select(t => new G.TeamSummary
        {
            TeamId = t.Id.ToString(),
            Kind = t.Kind,
            Name = t.Name,
            OwnerOrganId = t.OwnerOrganId,
            OwnerOrganName = t.OwnerOrganName ?? "",
            RegionCode = t.RegionCode,
            Status = t.Status,
            FormedOn = Text(t.FormedOn),
            Version = t.Version,
        }));
        return reply;
    }

    public static G.HistoryReply History(IReadOnlyList<TeamChangeResponse> changes)
    {
        var reply = new G.HistoryReply();
        reply.Changes.AddRange(changes.Select(h => new G.TeamChange
        {
            Action = h.Action,
            From = h.From ?? "",
            To = h.To,
            EffectiveOn = Text(h.EffectiveOn),
            By = h.By,
            ByOrganId = h.ByOrganId,
            ByRegionCode = h.ByRegionCode,
            ByOrganName = h.ByOrganName ?? "",
            At = Text(h.At),
            Note = h.Note ?? "",
        }));
        return reply;
    }
}
