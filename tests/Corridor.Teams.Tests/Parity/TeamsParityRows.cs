using Corridor.Teams.Projects;
using Corridor.Teams.Statistics;
using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Lifecycle;
using Corridor.Teams.Teams.Members;
using Corridor.Teams.Teams.Registry;
using Corridor.Testing;
using Corridor.Testing.Parity;
using Grpc.Core;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Tests.Parity;

/// <summary>One refusal driven through REST and through gRPC; none of them changes the team (it stays at version 1).</summary>
internal sealed record ParityRow(
    Type UseCase, string Case, DemoOrgan Caller, string Method, string Path, object? Body, string? IfMatch, Func<G.Teams.TeamsClient, Metadata, Task> Grpc, Refusal Expected);

/// <summary>The rows of <see cref="TeamsParityTests"/> against a Forming team of <see cref="Owner"/> at version 1.</summary>
internal static class TeamsParityRows
{
    public static readonly DemoOrgan Owner = DemoOrgans.Qinzhou;

    /// <summary>A member of another region: neither manages the team nor sees its roster.</summary>
    public static readonly DemoOrgan Other = DemoOrgans.Zhanjiang;

    private const string T = "/api/v1/teams";

    private static readonly object ValidDetails = new { kind = "YouthCommando", name = "钦州港青年突击队", mission = "服务北部湾港口建设", formedOn = "2026-03-01" };

    public static IEnumerable<ParityRow> For(Guid teamId)
    {
        var team = $"{T}/{teamId}";
        var id = teamId.ToString();
        var unknown = Guid.NewGuid().ToString();
        var longText = new string('长', 2001);

        yield return new(typeof(RegisterTeam), "invalid details", Owner, "POST", T, new { kind = "SpecialForces", formedOn = "2026-03-01" }, null,
            (c, m) => c.RegisterTeamAsync(new G.RegisterTeamRequest { Kind = "SpecialForces", FormedOn = "2026-03-01" }, m).ResponseAsync,
            Invalid("Kind", "Mission", "Name"));

        yield return new(typeof(UpdateTeam), "no version", Owner, "PUT", team, ValidDetails, null,
            (c, m) => c.UpdateTeamAsync(Update(id, 0), m).ResponseAsync, Refusal.Of(RefusalKind.PreconditionRequired, "precondition-required"));
        yield return new(typeof(UpdateTeam), "other region", Other, "PUT", team, ValidDetails, "\"v1\"",
            (c, m) => c.UpdateTeamAsync(Update(id, 1), m).ResponseAsync, Forbidden("team.other-region"));
        yield return new(typeof(UpdateTeam), "invalid details", Owner, "PUT", team, new { }, "\"v1\"",
            (c, m) => c.UpdateTeamAsync(new G.UpdateTeamRequest { TeamId = id, ExpectedVersion = 1 }, m).ResponseAsync,
            Invalid("FormedOn", "Kind", "Mission", "Name"));

        var reference = new string('R', 101);
        yield return new(typeof(UpsertTeam), "reference too long", Owner, "PUT", $"{T}/by-ref/{reference}", ValidDetails, null,
            (c, m) => c.UpsertTeamAsync(new G.UpsertTeamRequest { ExternalReference = reference, Kind = "YouthCommando", Name = "队", Mission = "任务", FormedOn = "2026-03-01" }, m).ResponseAsync,
            Invalid("externalReference"));

        yield return new(typeof(ActivateTeam), "stale version", Owner, "POST", $"{team}/activate", new { }, "\"v9\"",
            (c, m) => c.ActivateTeamAsync(new G.ActivateTeamRequest { TeamId = id, ExpectedVersion = 9 }, m).ResponseAsync, Refusal.Of(RefusalKind.Stale, "stale-version"));
        yield return new(typeof(ActivateTeam), "other region", Other, "POST", $"{team}/activate", new { }, null,
            (c, m) => c.ActivateTeamAsync(new G.ActivateTeamRequest { TeamId = id }, m).ResponseAsync, Forbidden("team.other-region"));
        yield return new(typeof(ActivateTeam), "effective in the future", Owner, "POST", $"{team}/activate", new { effectiveOn = "2999-01-01" }, null,
            (c, m) => c.ActivateTeamAsync(new G.ActivateTeamRequest { TeamId = id, EffectiveOn = "2999-01-01" }, m).ResponseAsync, Refusal.Of(RefusalKind.Conflict, "team.effective-in-future"));
        yield return new(typeof(ActivateTeam), "note too long", Owner, "POST", $"{team}/activate", new { note = longText }, null,
            (c, m) => c.ActivateTeamAsync(new G.ActivateTeamRequest { TeamId = id, Note = longText }, m).ResponseAsync, Invalid("Note"));

        yield return new(typeof(StandDownTeam), "no reason", Owner, "POST", $"{team}/stand-down", new { }, null,
            (c, m) => c.StandDownTeamAsync(new G.StandDownTeamRequest { TeamId = id }, m).ResponseAsync, Invalid("Reason"));
        yield return new(typeof(StandDownTeam), "other region", Other, "POST", $"{team}/stand-down", new { reason = "不是我的" }, null,
            (c, m) => c.StandDownTeamAsync(new G.StandDownTeamRequest { TeamId = id, Reason = "不是我的" }, m).ResponseAsync, Forbidden("team.other-region"));

        yield return new(typeof(GetTeam), "unknown team", Owner, "GET", $"{T}/{unknown}", null, null,
            (c, m) => c.GetTeamAsync(new G.GetTeamRequest { TeamId = unknown }, m).ResponseAsync, Refusal.Of(RefusalKind.NotFound, "not-found"));
        yield return new(typeof(ListTeams), "invalid filters", Owner, "GET", $"{T}?kind=SpecialForces&limit=500", null, null,
            (c, m) => c.ListTeamsAsync(new G.ListTeamsRequest { Kind = "SpecialForces", PageSize = 500 }, m).ResponseAsync, Invalid("Kind", "Limit"));
        yield return new(typeof(GetTeamHistory), "roster not visible", Other, "GET", $"{team}/history", null, null,
            (c, m) => c.GetHistoryAsync(new G.GetHistoryRequest { TeamId = id }, m).ResponseAsync, Forbidden("team.roster-not-visible"));

        foreach (var row in Roster(team, id, unknown))
        {
            yield return row;
        }
    }

    private static IEnumerable<ParityRow> Roster(string team, string id, string unknown)
    {
        yield return new(typeof(ListMembers), "roster not visible", Other, "GET", $"{team}/members", null, null,
            (c, m) => c.ListMembersAsync(new G.ListMembersRequest { TeamId = id }, m).ResponseAsync, Forbidden("team.roster-not-visible"));
        yield return new(typeof(AddMember), "missing details", Owner, "POST", $"{team}/members", new { partyMember = false }, null,
            (c, m) => c.AddMemberAsync(new G.AddMemberRequest { TeamId = id }, m).ResponseAsync, Invalid("JoinedOn", "OrganId", "PersonName", "Role"));
        yield return new(typeof(AddMember), "other region", Other, "POST", $"{team}/members", Member, null,
            (c, m) => c.AddMemberAsync(new G.AddMemberRequest { TeamId = id, PersonName = "王强", OrganId = Owner.Id, Role = "Member", JoinedOn = "2026-03-05" }, m).ResponseAsync,
            Forbidden("team.other-region"));
        yield return new(typeof(RemoveMember), "no leaving day", Owner, "POST", $"{team}/members/{unknown}/leave", new { }, null,
            (c, m) => c.RemoveMemberAsync(new G.RemoveMemberRequest { TeamId = id, MemberId = unknown }, m).ResponseAsync, Invalid("LeftOn"));
        yield return new(typeof(RemoveMember), "unknown member", Owner, "POST", $"{team}/members/{unknown}/leave", new { leftOn = "2026-10-01" }, null,
            (c, m) => c.RemoveMemberAsync(new G.RemoveMemberRequest { TeamId = id, MemberId = unknown, LeftOn = "2026-10-01" }, m).ResponseAsync, Refusal.Of(RefusalKind.NotFound, "not-found"));

        yield return new(typeof(DeployTeam), "missing details", Owner, "POST", $"{team}/deployments", new { }, null,
            (c, m) => c.DeployTeamAsync(new G.DeployTeamRequest { TeamId = id }, m).ResponseAsync, Invalid("From", "ProjectId", "Task"));
        yield return new(typeof(DeployTeam), "other region", Other, "POST", $"{team}/deployments", new { projectId = unknown, from = "2026-04-01", task = "港口服务" }, null,
            (c, m) => c.DeployTeamAsync(new G.DeployTeamRequest { TeamId = id, ProjectId = unknown, From = "2026-04-01", Task = "港口服务" }, m).ResponseAsync,
            Forbidden("team.other-region"));
        yield return new(typeof(EndDeployment), "missing details", Owner, "POST", $"{team}/deployments/{unknown}/end", new { }, null,
            (c, m) => c.EndDeploymentAsync(new G.EndDeploymentRequest { TeamId = id, DeploymentId = unknown }, m).ResponseAsync, Invalid("EndedOn", "Reason"));
        yield return new(typeof(EndDeployment), "unknown deployment", Owner, "POST", $"{team}/deployments/{unknown}/end", new { endedOn = "2026-10-01", reason = "完成" }, null,
            (c, m) => c.EndDeploymentAsync(new G.EndDeploymentRequest { TeamId = id, DeploymentId = unknown, EndedOn = "2026-10-01", Reason = "完成" }, m).ResponseAsync,
            Refusal.Of(RefusalKind.NotFound, "not-found"));
        yield return new(typeof(RecordOutcome), "no text", Owner, "POST", $"{team}/deployments/{unknown}/outcomes", new { }, null,
            (c, m) => c.RecordOutcomeAsync(new G.RecordOutcomeRequest { TeamId = id, DeploymentId = unknown }, m).ResponseAsync, Invalid("Text"));
        yield return new(typeof(RecordOutcome), "other region", Other, "POST", $"{team}/deployments/{unknown}/outcomes", new { text = "成果" }, null,
            (c, m) => c.RecordOutcomeAsync(new G.RecordOutcomeRequest { TeamId = id, DeploymentId = unknown, Text = "成果" }, m).ResponseAsync, Forbidden("team.other-region"));
        yield return new(typeof(CreditProblem), "no problem", Owner, "POST", $"{team}/credits", new { }, null,
            (c, m) => c.CreditProblemAsync(new G.CreditProblemRequest { TeamId = id }, m).ResponseAsync, Invalid("ProblemId"));
        yield return new(typeof(CreditProblem), "other region", Other, "POST", $"{team}/credits", new { problemId = unknown }, null,
            (c, m) => c.CreditProblemAsync(new G.CreditProblemRequest { TeamId = id, ProblemId = unknown }, m).ResponseAsync, Forbidden("team.other-region"));

        yield return new(typeof(GetTeamStatistics), "a day to come", Owner, "GET", $"{T}/statistics?on=2999-01-01", null, null,
            (c, m) => c.GetStatisticsAsync(new G.GetStatisticsRequest { On = "2999-01-01" }, m).ResponseAsync, Invalid("on"));
        yield return new(typeof(ListApprovedProjects), "invalid filters", Owner, "GET", "/api/v1/approved-projects?status=Bogus&region=000000", null, null,
            (c, m) => c.ListApprovedProjectsAsync(new G.ListApprovedProjectsRequest { Status = "Bogus", Region = "000000" }, m).ResponseAsync, Invalid("region", "status"));
    }

    private static object Member => new { personName = "王强", organId = Owner.Id, role = "Member", partyMember = false, joinedOn = "2026-03-05" };

    private static G.UpdateTeamRequest Update(string id, long expected) =>
        new() { TeamId = id, ExpectedVersion = expected, Kind = "YouthCommando", Name = "钦州港青年突击队", Mission = "服务北部湾港口建设", FormedOn = "2026-03-01" };

    private static Refusal Invalid(params string[] fields) => Refusal.Invalid(fields);

    private static Refusal Forbidden(string code) => Refusal.Of(RefusalKind.Forbidden, code);
}
