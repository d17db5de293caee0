namespace Corridor.SystemTests.Authorization;

/// <summary>
/// The rule of every read endpoint of Teams: every member sees the teams, their deployments and the figures; a team's
/// roster and history only its owning region, coordinators and the secretariat (TeamVisibility). What the change
/// feed shows of a roster is checked by <see cref="ChangeFeedMatrixTests"/>.
/// </summary>
public sealed class TeamsReadMatrix(TeamsMatrix teams)
{
    private const string T = "/api/v1/teams";
    private const string Grpc = "/corridor.teams.v1.";

    private readonly SharedTarget _team = new(() => teams.TeamAsync(2));

    public IEnumerable<MatrixRow> Rows()
    {
        yield return new($"GET {T}/", MatrixCaller.Anyone, null, null);
        yield return new($"GET {T}/statistics", MatrixCaller.Anyone, null, null);
        yield return new($"GET {T}/{{id:guid}}", MatrixCaller.Anyone, _team.GetAsync, null);
        yield return new($"GET {T}/{{id:guid}}/members", MatrixCaller.RosterReaders, _team.GetAsync, null);
        yield return new($"GET {T}/{{id:guid}}/history", MatrixCaller.RosterReaders, _team.GetAsync, null);
        yield return new("GET /api/v1/approved-projects", MatrixCaller.Anyone, null, null);
        yield return new("GET /api/v1/teams/changes/", MatrixCaller.Anyone, null, null);
        yield return new("GET /api/v1/teams/changes/state", MatrixCaller.Anyone, null, null);

        yield return new(Grpc + "Teams/GetTeam", MatrixCaller.Anyone, _team.GetAsync, """{"teamId":"$id"}""");
        yield return new(Grpc + "Teams/ListTeams", MatrixCaller.Anyone, null, "{}");
        yield return new(Grpc + "Teams/ListMembers", MatrixCaller.RosterReaders, _team.GetAsync, """{"teamId":"$id"}""");
        yield return new(Grpc + "Teams/GetHistory", MatrixCaller.RosterReaders, _team.GetAsync, """{"teamId":"$id"}""");
        yield return new(Grpc + "Teams/GetStatistics", MatrixCaller.Anyone, null, "{}");
        yield return new(Grpc + "Teams/ListApprovedProjects", MatrixCaller.Anyone, null, "{}");
        yield return new(Grpc + "TeamsChanges/ReadChanges", MatrixCaller.Anyone, null, "{}");
        yield return new(Grpc + "TeamsChanges/FollowChanges", MatrixCaller.Anyone, null, "{}");
    }
}
