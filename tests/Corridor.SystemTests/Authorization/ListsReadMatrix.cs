namespace Corridor.SystemTests.Authorization;

/// <summary>
/// The rule of every read endpoint of Lists: the lists, records and figures are open to every member; the
/// conference-wide review views (escalated problems, review queue, overdue and blocked reviews) to reviewers only.
/// </summary>
public sealed class ListsReadMatrix(ListsMatrix lists)
{
    private const string P = "/api/v1/problems";
    private const string R = "/api/v1/resources";
    private const string J = "/api/v1/projects";
    private const string Lists = "/corridor.lists.v1.";

    private readonly SharedTarget _problem = new(() => lists.ProblemAsync(0));
    private readonly SharedTarget _resource = new(lists.ResourceAsync);
    private readonly SharedTarget _match = new(() => lists.MatchAsync(proposed: true, committed: true));
    private readonly SharedTarget _project = new(() => lists.ProjectAsync(1));

    public IEnumerable<MatrixRow> Rows()
    {
        yield return new($"GET {P}/", MatrixCaller.Anyone, null, null);
        yield return new($"GET {P}/escalated", MatrixCaller.AnyReviewer, null, null);
        yield return new($"GET {P}/statistics", MatrixCaller.Anyone, null, null);
        yield return new($"GET {P}/template.csv", MatrixCaller.Anyone, null, null);
        yield return new($"GET {P}/template.xlsx", MatrixCaller.Anyone, null, null);
        yield return new($"GET {P}/{{id:guid}}", MatrixCaller.Anyone, _problem.GetAsync, null);
        yield return new($"GET {P}/{{id:guid}}/history", MatrixCaller.Anyone, _problem.GetAsync, null);
        yield return new($"GET {P}/{{id:guid}}/suggestions", MatrixCaller.Anyone, _problem.GetAsync, null);
        yield return new($"GET {P}/{{id:guid}}/commitments", MatrixCaller.Anyone, _problem.GetAsync, null);
        yield return new($"GET {R}/", MatrixCaller.Anyone, null, null);
        yield return new($"GET {R}/template.csv", MatrixCaller.Anyone, null, null);
        yield return new($"GET {R}/template.xlsx", MatrixCaller.Anyone, null, null);
        yield return new($"GET {R}/{{id:guid}}", MatrixCaller.Anyone, _resource.GetAsync, null);
        yield return new("GET /api/v1/matches/{id:guid}", MatrixCaller.Anyone, _match.GetAsync, null);
        yield return new($"GET {J}/", MatrixCaller.Anyone, null, null);
        yield return new($"GET {J}/statistics", MatrixCaller.Anyone, null, null);
        yield return new($"GET {J}/review-queue", MatrixCaller.AnyReviewer, null, null);
        yield return new($"GET {J}/reviews/overdue", MatrixCaller.AnyReviewer, null, null);
        yield return new($"GET {J}/reviews/blocked", MatrixCaller.AnyReviewer, null, null);
        yield return new($"GET {J}/{{id:guid}}", MatrixCaller.Anyone, _project.GetAsync, null);
        yield return new($"GET {J}/{{id:guid}}/history", MatrixCaller.Anyone, _project.GetAsync, null);
        yield return new($"GET {J}/{{id:guid}}/revisions", MatrixCaller.Anyone, _project.GetAsync, null);
        yield return new($"GET {J}/{{id:guid}}/revisions/{{number:int}}", MatrixCaller.Anyone, _project.GetAsync, null);
        yield return new($"GET {J}/{{id:guid}}/diff", MatrixCaller.Anyone, _project.GetAsync, null);
        yield return new("GET /api/v1/lists/changes/", MatrixCaller.Anyone, null, null);
        yield return new("GET /api/v1/lists/changes/state", MatrixCaller.Anyone, null, null);

        yield return new(Lists + "Problems/GetProblem", MatrixCaller.Anyone, _problem.GetAsync, """{"problemId":"$id"}""");
        yield return new(Lists + "Problems/ListProblems", MatrixCaller.Anyone, null, "{}");
        yield return new(Lists + "Problems/GetProblemHistory", MatrixCaller.Anyone, _problem.GetAsync, """{"problemId":"$id"}""");
        yield return new(Lists + "Problems/ListEscalatedProblems", MatrixCaller.AnyReviewer, null, "{}");
        yield return new(Lists + "Problems/GetProblemStatistics", MatrixCaller.Anyone, null, "{}");
        yield return new(Lists + "Resources/GetResource", MatrixCaller.Anyone, _resource.GetAsync, """{"resourceId":"$id"}""");
        yield return new(Lists + "Resources/ListResources", MatrixCaller.Anyone, null, "{}");
        yield return new(Lists + "Matching/SuggestResources", MatrixCaller.Anyone, _problem.GetAsync, """{"problemId":"$id"}""");
        yield return new(Lists + "Matching/GetMatch", MatrixCaller.Anyone, _match.GetAsync, """{"matchId":"$id"}""");
        yield return new(Lists + "Matching/ListCommitments", MatrixCaller.Anyone, _problem.GetAsync, """{"problemId":"$id"}""");
        yield return new(Lists + "Projects/GetProject", MatrixCaller.Anyone, _project.GetAsync, """{"projectId":"$id"}""");
        yield return new(Lists + "Projects/ListProjects", MatrixCaller.Anyone, null, "{}");
        yield return new(Lists + "Projects/GetReviewQueue", MatrixCaller.AnyReviewer, null, "{}");
        yield return new(Lists + "Projects/GetReviewHistory", MatrixCaller.Anyone, _project.GetAsync, """{"projectId":"$id"}""");
        yield return new(Lists + "Projects/GetRevisionDiff", MatrixCaller.Anyone, _project.GetAsync, """{"projectId":"$id","from":1,"to":1}""");
        yield return new(Lists + "Projects/GetProjectStatistics", MatrixCaller.Anyone, null, "{}");
        yield return new(Lists + "ProjectsQuery/GetProjectStatus", MatrixCaller.Anyone, _project.GetAsync, """{"projectId":"$id"}""");
        yield return new(Lists + "ListsChanges/ReadChanges", MatrixCaller.Anyone, null, "{}");
        yield return new(Lists + "ListsChanges/FollowChanges", MatrixCaller.Anyone, null, "{}");
    }
}
