using Corridor.BuildingBlocks.Security;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Teams.Statistics;
using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Members;
using FluentValidation;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Teams;

/// <summary>
/// gRPC adapter over the same queries, feature code and validators as REST; no rules of its own. Requests are
/// turned into the REST request records so one set of validators answers both.
/// </summary>
internal sealed class TeamsGrpcService(
    TeamsDbContext db,
    CallerIdentity caller,
    TimeProvider clock,
    ProjectApprovalCheck projects,
    ProblemResolutionCheck problems,
    IServiceProvider services) : G.Teams.TeamsBase
{
    [ReadOnlyCall]
    public override async Task<G.TeamReply> GetTeam(G.GetTeamRequest request, ServerCallContext context) =>
        Reply(await TeamQueries.GetAsync(db, Id(request.TeamId, "TeamId"), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.ListTeamsReply> ListTeams(G.ListTeamsRequest request, ServerCallContext context)
    {
        var filter = new TeamFilter(
            Optional(request.Kind), Optional(request.Region), Optional(request.Status), OptionalId(request.ProjectId, "ProjectId"),
            Optional(request.Q), Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize);
        var page = await TeamQueries.ListAsync(db, filter, context.CancellationToken);
        var reply = new G.ListTeamsReply { NextPageToken = page.NextCursor ?? "" };
        reply.Teams.AddRange(page.Items.Select(t => new G.TeamSummary
        {
            TeamId = t.Id.ToString(),
            Kind = t.Kind,
            Name = t.Name,
            OwnerOrganId = t.OwnerOrganId,
            RegionCode = t.RegionCode,
            Status = t.Status,
            FormedOn = Text(t.FormedOn),
            Version = t.Version,
        }));
        return reply;
    }

    public override async Task<G.TeamReply> RegisterTeam(G.RegisterTeamRequest request, ServerCallContext context)
    {
        var body = new RegisterTeamRequest(
            Optional(request.Kind), Optional(request.Name), Optional(request.Mission), Date(request.FormedOn, "FormedOn"),
            Optional(request.ParentPartyOrganisation), Date(request.DissolveBy, "DissolveBy"));
        await ValidateAsync(body, context);
        var team = Teams.RegisterTeam.Register(caller, body.ToDetails(), Now(), externalReference: null);
        db.Teams.Add(team);
        await db.SaveChangesAsync(context.CancellationToken);
        return Reply(team);
    }

    public override async Task<G.TeamReply> UpdateTeam(G.UpdateTeamRequest request, ServerCallContext context)
    {
        var body = new RegisterTeamRequest(
            Optional(request.Kind), Optional(request.Name), Optional(request.Mission), Date(request.FormedOn, "FormedOn"),
            Optional(request.ParentPartyOrganisation), Date(request.DissolveBy, "DissolveBy"));
        await ValidateAsync(body, context);
        var requireVersion = RequireVersion(request.ExpectedVersion);
        var now = Now();
        var (team, _) = await TeamUpdate.ApplyAsync(db, Id(request.TeamId, "TeamId"), requireVersion, t => t.Revise(caller, body.ToDetails(), now), context.CancellationToken);
        return Reply(team);
    }

    public override async Task<G.UpsertTeamReply> UpsertTeam(G.UpsertTeamRequest request, ServerCallContext context)
    {
        var body = new RegisterTeamRequest(
            Optional(request.Kind), Optional(request.Name), Optional(request.Mission), Date(request.FormedOn, "FormedOn"),
            Optional(request.ParentPartyOrganisation), Date(request.DissolveBy, "DissolveBy"));
        await ValidateAsync(body, context);
        var (team, outcome) = await TeamUpsert.ApplyAsync(
            db,
            request.ExternalReference,
            body.ToDetails(),
            caller,
            ExpectVersion(request.ExpectedVersion),
            v => RequireVersion(request.ExpectedVersion)(v),
            Now(),
            context.CancellationToken);
        return new G.UpsertTeamReply { Outcome = outcome, Team = Reply(team) };
    }

    public override async Task<G.TeamReply> ActivateTeam(G.ActivateTeamRequest request, ServerCallContext context)
    {
        var body = new ActivateTeamRequest(Date(request.EffectiveOn, "EffectiveOn"), Optional(request.Note));
        await ValidateAsync(body, context);
        var now = Now();
        var (team, _) = await TeamUpdate.ApplyAsync(db, Id(request.TeamId, "TeamId"), ExpectVersion(request.ExpectedVersion), t =>
        {
            t.Activate(caller, body.EffectiveOn, body.Note, now);
            return true;
        }, context.CancellationToken);
        return Reply(team);
    }

    public override async Task<G.TeamReply> StandDownTeam(G.StandDownTeamRequest request, ServerCallContext context)
    {
        var body = new StandDownRequest(Optional(request.Reason), Date(request.EffectiveOn, "EffectiveOn"));
        await ValidateAsync(body, context);
        var now = Now();
        var (team, _) = await TeamUpdate.ApplyAsync(db, Id(request.TeamId, "TeamId"), ExpectVersion(request.ExpectedVersion), t =>
        {
            t.StandDown(caller, body.Reason!, body.EffectiveOn, now);
            return true;
        }, context.CancellationToken);
        return Reply(team);
    }

    [ReadOnlyCall]
    public override async Task<G.ListMembersReply> ListMembers(G.ListMembersRequest request, ServerCallContext context)
    {
        var team = await TeamQueries.GetAsync(db, Id(request.TeamId, "TeamId"), context.CancellationToken);
        TeamVisibility.EnsureSeesRoster(team, caller);
        var owner = TeamVisibility.SeesMemberDetails(team, caller);
        var today = DateOnly.FromDateTime(Now());
        var reply = new G.ListMembersReply();
        reply.Members.AddRange(team.Members
            .Where(m => !request.CurrentOnly || m.IsOnTeam(today))
            .OrderBy(m => m.Role).ThenBy(m => m.JoinedOn).ThenBy(m => m.PersonName, StringComparer.Ordinal)
            .Select(m => Reply(MemberResponse.Of(m, owner))));
        return reply;
    }

    public override async Task<G.MemberReply> AddMember(G.AddMemberRequest request, ServerCallContext context)
    {
        var body = new AddMemberRequest(
            Optional(request.PersonName), Optional(request.OrganId), Optional(request.Role), request.PartyMember, Optional(request.Phone), Date(request.JoinedOn, "JoinedOn"));
        await ValidateAsync(body, context);
        var now = Now();
        var (_, member) = await TeamUpdate.ApplyAsync(db, Id(request.TeamId, "TeamId"), ExpectVersion(request.ExpectedVersion), t => t.AddMember(
            caller, body.PersonName!, body.OrganId!, Enum.Parse<MemberRole>(body.Role!), body.PartyMember!.Value, body.Phone, body.JoinedOn!.Value, now), context.CancellationToken);
        return Reply(MemberResponse.Of(member, owner: true));
    }

    public override async Task<G.MemberReply> RemoveMember(G.RemoveMemberRequest request, ServerCallContext context)
    {
        var body = new MemberLeavesRequest(Date(request.LeftOn, "LeftOn"), Optional(request.Reason));
        await ValidateAsync(body, context);
        var memberId = Id(request.MemberId, "MemberId");
        var now = Now();
        var (_, member) = await TeamUpdate.ApplyAsync(db, Id(request.TeamId, "TeamId"), ExpectVersion(request.ExpectedVersion), t =>
            t.RemoveMember(caller, memberId, body.LeftOn!.Value, body.Reason, now), context.CancellationToken);
        return Reply(MemberResponse.Of(member, owner: true));
    }

    public override async Task<G.DeploymentReply> DeployTeam(G.DeployTeamRequest request, ServerCallContext context)
    {
        var body = new DeployTeamRequest(OptionalId(request.ProjectId, "ProjectId"), Date(request.From, "From"), Date(request.To, "To"), Optional(request.Task));
        await ValidateAsync(body, context);
        var (_, deployment) = await Deployments.DeployTeam.ApplyAsync(
            db, Id(request.TeamId, "TeamId"), body, caller, projects, Now(), ExpectVersion(request.ExpectedVersion), context.CancellationToken);
        return Reply(deployment);
    }

    public override async Task<G.DeploymentReply> EndDeployment(G.EndDeploymentRequest request, ServerCallContext context)
    {
        var body = new EndDeploymentRequest(Date(request.EndedOn, "EndedOn"), Optional(request.Reason));
        await ValidateAsync(body, context);
        var deploymentId = Id(request.DeploymentId, "DeploymentId");
        var now = Now();
        var (_, deployment) = await TeamUpdate.ApplyAsync(db, Id(request.TeamId, "TeamId"), ExpectVersion(request.ExpectedVersion), t =>
            t.EndDeployment(caller, deploymentId, body.EndedOn!.Value, body.Reason!, now), context.CancellationToken);
        return Reply(deployment);
    }

    public override async Task<G.DeploymentReply> RecordOutcome(G.RecordOutcomeRequest request, ServerCallContext context)
    {
        var body = new OutcomeRequest(Optional(request.Text));
        await ValidateAsync(body, context);
        var deploymentId = Id(request.DeploymentId, "DeploymentId");
        var now = Now();
        var (team, _) = await TeamUpdate.ApplyAsync(db, Id(request.TeamId, "TeamId"), ExpectVersion(request.ExpectedVersion), t =>
            t.RecordOutcome(caller, deploymentId, body.Text!, now), context.CancellationToken);
        return Reply(team.Deployments.Single(d => d.Id == deploymentId));
    }

    public override async Task<G.TeamReply> CreditProblem(G.CreditProblemRequest request, ServerCallContext context)
    {
        var body = new CreditProblemRequest(OptionalId(request.ProblemId, "ProblemId"), OptionalId(request.DeploymentId, "DeploymentId"), Optional(request.Note));
        await ValidateAsync(body, context);
        var (team, _) = await Deployments.CreditProblem.ApplyAsync(
            db, Id(request.TeamId, "TeamId"), body, caller, problems, Now(), ExpectVersion(request.ExpectedVersion), context.CancellationToken);
        return Reply(team);
    }

    [ReadOnlyCall]
    public override async Task<G.HistoryReply> GetHistory(G.GetHistoryRequest request, ServerCallContext context)
    {
        var team = await TeamQueries.GetAsync(db, Id(request.TeamId, "TeamId"), context.CancellationToken);
        TeamVisibility.EnsureSeesRoster(team, caller);
        var reply = new G.HistoryReply();
        reply.Changes.AddRange(TeamQueries.History(team).Select(h => new G.TeamChange
        {
            Action = h.Action,
            From = h.From ?? "",
            To = h.To,
            EffectiveOn = Text(h.EffectiveOn),
            By = h.By,
            ByOrganId = h.ByOrganId,
            ByRegionCode = h.ByRegionCode,
            At = Text(h.At),
            Note = h.Note ?? "",
        }));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<G.StatisticsReply> GetStatistics(G.GetStatisticsRequest request, ServerCallContext context)
    {
        var statistics = await TeamStatistics.ComputeAsync(db, StatisticsEndpoints.Day(Date(request.On, "On"), clock), context.CancellationToken);
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

    [ReadOnlyCall]
    public override async Task<G.ListApprovedProjectsReply> ListApprovedProjects(G.ListApprovedProjectsRequest request, ServerCallContext context)
    {
        var rows = await ApprovedProjectEndpoints.ListAsync(Optional(request.Status), Optional(request.Region), Optional(request.Q), db, context.CancellationToken);
        var reply = new G.ListApprovedProjectsReply();
        reply.Projects.AddRange(rows.Select(p => new G.ApprovedProject
        {
            ProjectId = p.ProjectId.ToString(),
            Title = p.Title,
            LeadRegionCode = p.LeadRegionCode,
            Revision = p.Revision,
            Status = p.Status,
            ApprovedAt = Text(p.ApprovedAt),
            ClosedAt = Text(p.ClosedAt),
        }));
        return reply;
    }

    private G.TeamReply Reply(Team t)
    {
        var today = DateOnly.FromDateTime(Now());
        var readiness = TeamReadiness.Of(t, today);
        var reply = new G.TeamReply
        {
            TeamId = t.Id.ToString(),
            Kind = t.Kind.ToString(),
            Name = t.Name,
            OwnerOrganId = t.OwnerOrganId,
            RegionCode = t.RegionCode,
            Mission = t.Mission,
            Status = t.Status.ToString(),
            FormedOn = Text(t.FormedOn),
            ParentPartyOrganisation = t.ParentPartyOrganisation ?? "",
            DissolveBy = Text(t.DissolveBy),
            ActivatedOn = Text(t.ActivatedOn),
            StoodDownOn = Text(t.StoodDownOn),
            StandDownReason = t.StandDownReason ?? "",
            LeaderName = t.LeaderOn(today)?.PersonName ?? "",
            Readiness = new G.Readiness
            {
                On = Text(readiness.On),
                MembersAvailable = readiness.MembersAvailable,
                PartyMembers = readiness.PartyMembers,
                LeaderInPlace = readiness.LeaderInPlace,
                ActiveDeployments = readiness.ActiveDeployments,
                Ready = readiness.Ready,
            },
            Version = t.Version,
            ExternalReference = t.ExternalReference ?? "",
        };
        reply.Deployments.AddRange(t.Deployments.OrderBy(d => d.From).ThenBy(d => d.CreatedAt).Select(Reply));
        reply.CreditedProblemIds.AddRange(t.Credits.OrderBy(c => c.At).Select(c => c.ProblemId.ToString()));
        return reply;
    }

    private static G.DeploymentReply Reply(Deployment d)
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
        reply.Outcomes.AddRange(d.Outcomes.OrderBy(o => o.At).ThenBy(o => o.Id).Select(o => o.Text));
        return reply;
    }

    private static G.MemberReply Reply(MemberResponse m) => new()
    {
        MemberId = m.Id.ToString(),
        PersonName = m.PersonName,
        Role = m.Role,
        Phone = m.Phone ?? "",
        DetailsVisible = m.DetailsVisible,
        OrganId = m.OrganId ?? "",
        PartyMember = m.PartyMember ?? false,
        JoinedOn = Text(m.JoinedOn),
        LeftOn = Text(m.LeftOn),
    };

    private Task ValidateAsync<T>(T body, ServerCallContext context) =>
        services.GetRequiredService<IValidator<T>>().ValidateAndThrowAsync(body, context.CancellationToken);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
