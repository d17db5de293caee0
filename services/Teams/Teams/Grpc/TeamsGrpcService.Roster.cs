using Corridor.BuildingBlocks.Security;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Teams.Grpc;

/// <summary>The roster and the deployments over gRPC.</summary>
internal sealed partial class TeamsGrpcService
{
    [ReadOnlyCall]
    public override async Task<G.ListMembersReply> ListMembers(G.ListMembersRequest request, ServerCallContext context)
    {
        var roster = await useCases.RunAsync(new Members.ListMembers(Id(request.TeamId, "TeamId"), request.CurrentOnly), context.CancellationToken);
        var reply = new G.ListMembersReply();
        reply.Members.AddRange(roster.Members.Select(TeamReplies.Member));
        return reply;
    }

    public override async Task<G.MemberReply> AddMember(G.AddMemberRequest request, ServerCallContext context) =>
        TeamReplies.Member((await useCases.RunAsync(
            new Members.AddMember(
                Id(request.TeamId, "TeamId"), Expected(request.ExpectedVersion), Optional(request.PersonName), Optional(request.OrganId), Optional(request.Role),
                request.PartyMember, Optional(request.Phone), Date(request.JoinedOn, "JoinedOn")),
            context.CancellationToken)).Member);

    public override async Task<G.MemberReply> RemoveMember(G.RemoveMemberRequest request, ServerCallContext context) =>
        TeamReplies.Member((await useCases.RunAsync(
            new Members.RemoveMember(
                Id(request.TeamId, "TeamId"), Id(request.MemberId, "MemberId"), Expected(request.ExpectedVersion), Date(request.LeftOn, "LeftOn"), Optional(request.Reason)),
            context.CancellationToken)).Member);

    public override async Task<G.DeploymentReply> DeployTeam(G.DeployTeamRequest request, ServerCallContext context) =>
        TeamReplies.Deployment((await useCases.RunAsync(
            new Deployments.DeployTeam(
                Id(request.TeamId, "TeamId"), Expected(request.ExpectedVersion), OptionalId(request.ProjectId, "ProjectId"),
                Date(request.From, "From"), Date(request.To, "To"), Optional(request.Task)),
            context.CancellationToken)).Deployment);

    public override async Task<G.DeploymentReply> EndDeployment(G.EndDeploymentRequest request, ServerCallContext context) =>
        TeamReplies.Deployment((await useCases.RunAsync(
            new Deployments.EndDeployment(
                Id(request.TeamId, "TeamId"), Id(request.DeploymentId, "DeploymentId"), Expected(request.ExpectedVersion),
                Date(request.EndedOn, "EndedOn"), Optional(request.Reason)),
            context.CancellationToken)).Deployment);

    public override async Task<G.DeploymentReply> RecordOutcome(G.RecordOutcomeRequest request, ServerCallContext context) =>
        TeamReplies.Deployment((await useCases.RunAsync(
            new Deployments.RecordOutcome(Id(request.TeamId, "TeamId"), Id(request.DeploymentId, "DeploymentId"), Expected(request.ExpectedVersion), Optional(request.Text)),
            context.CancellationToken)).Deployment);

    public override async Task<G.TeamReply> CreditProblem(G.CreditProblemRequest request, ServerCallContext context) =>
        TeamReplies.Team(await useCases.RunAsync(
            new Deployments.CreditProblem(
                Id(request.TeamId, "TeamId"), Expected(request.ExpectedVersion), OptionalId(request.ProblemId, "ProblemId"),
                OptionalId(request.DeploymentId, "DeploymentId"), Optional(request.Note)),
            context.CancellationToken));
}
