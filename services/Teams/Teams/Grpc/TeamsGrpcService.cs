using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Teams.Lifecycle;
using Corridor.Teams.Teams.Registry;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Teams.Grpc;

/// <summary>
/// gRPC adapter over the same use cases as REST: proto "absent" values become null so the same validators,
/// rules and handlers answer both; no rules of its own. The registry and the team's status here, the roster and
/// deployments in TeamsGrpcService.Roster.cs, the read models in TeamsGrpcService.Reads.cs.
/// </summary>
internal sealed partial class TeamsGrpcService(UseCaseRunner useCases) : G.Teams.TeamsBase
{
    [ReadOnlyCall]
    public override async Task<G.TeamReply> GetTeam(G.GetTeamRequest request, ServerCallContext context) =>
        TeamReplies.Team(await useCases.RunAsync(new Registry.GetTeam(Id(request.TeamId, "TeamId")), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.ListTeamsReply> ListTeams(G.ListTeamsRequest request, ServerCallContext context) =>
        TeamReplies.Page(await useCases.RunAsync(
            new Registry.ListTeams(
                Optional(request.Kind), Optional(request.Region), Optional(request.Status), OptionalId(request.ProjectId, "ProjectId"),
                Optional(request.Q), Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize),
            context.CancellationToken));

    public override async Task<G.TeamReply> RegisterTeam(G.RegisterTeamRequest request, ServerCallContext context) =>
        TeamReplies.Team(await useCases.RunAsync(
            new Registry.RegisterTeam(
                Optional(request.Kind), Optional(request.Name), Optional(request.Mission), Date(request.FormedOn, "FormedOn"),
                Optional(request.ParentPartyOrganisation), Date(request.DissolveBy, "DissolveBy")),
            context.CancellationToken));

    public override async Task<G.TeamReply> UpdateTeam(G.UpdateTeamRequest request, ServerCallContext context) =>
        TeamReplies.Team(await useCases.RunAsync(
            new UpdateTeam(
                Id(request.TeamId, "TeamId"), Expected(request.ExpectedVersion), Optional(request.Kind), Optional(request.Name), Optional(request.Mission),
                Date(request.FormedOn, "FormedOn"), Optional(request.ParentPartyOrganisation), Date(request.DissolveBy, "DissolveBy")),
            context.CancellationToken));

    public override async Task<G.UpsertTeamReply> UpsertTeam(G.UpsertTeamRequest request, ServerCallContext context)
    {
        var upserted = await useCases.RunAsync(
            new UpsertTeam(
                request.ExternalReference, Expected(request.ExpectedVersion), Optional(request.Kind), Optional(request.Name), Optional(request.Mission),
                Date(request.FormedOn, "FormedOn"), Optional(request.ParentPartyOrganisation), Date(request.DissolveBy, "DissolveBy")),
            context.CancellationToken);
        return new G.UpsertTeamReply { Outcome = upserted.Outcome, Team = TeamReplies.Team(upserted.Team) };
    }

    public override async Task<G.TeamReply> ActivateTeam(G.ActivateTeamRequest request, ServerCallContext context) =>
        TeamReplies.Team(await useCases.RunAsync(
            new ActivateTeam(Id(request.TeamId, "TeamId"), Expected(request.ExpectedVersion), Date(request.EffectiveOn, "EffectiveOn"), Optional(request.Note)),
            context.CancellationToken));

    public override async Task<G.TeamReply> StandDownTeam(G.StandDownTeamRequest request, ServerCallContext context) =>
        TeamReplies.Team(await useCases.RunAsync(
            new StandDownTeam(Id(request.TeamId, "TeamId"), Expected(request.ExpectedVersion), Optional(request.Reason), Date(request.EffectiveOn, "EffectiveOn")),
            context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.HistoryReply> GetHistory(G.GetHistoryRequest request, ServerCallContext context) =>
        TeamReplies.History(await useCases.RunAsync(new GetTeamHistory(Id(request.TeamId, "TeamId")), context.CancellationToken));
}
