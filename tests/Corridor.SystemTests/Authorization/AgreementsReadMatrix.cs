namespace Corridor.SystemTests.Authorization;

/// <summary>The rule of every read endpoint of Agreements: agreements, their activities and scorecards are open to every member.</summary>
public sealed class AgreementsReadMatrix(AgreementsMatrix agreements)
{
    private const string A = "/api/v1/agreements";
    private const string Grpc = "/corridor.agreements.v1.";

    private readonly SharedTarget _agreement = new(() => agreements.AgreementAsync(2));

    public IEnumerable<MatrixRow> Rows()
    {
        yield return new($"GET {A}/", MatrixCaller.Anyone, null, null);
        yield return new($"GET {A}/expiring", MatrixCaller.Anyone, null, null);
        yield return new($"GET {A}/{{id:guid}}", MatrixCaller.Anyone, _agreement.GetAsync, null);
        yield return new($"GET {A}/{{id:guid}}/history", MatrixCaller.Anyone, _agreement.GetAsync, null);
        yield return new($"GET {A}/{{id:guid}}/amendments", MatrixCaller.Anyone, _agreement.GetAsync, null);
        yield return new($"GET {A}/{{id:guid}}/activities/", MatrixCaller.Anyone, _agreement.GetAsync, null);
        yield return new($"GET {A}/{{id:guid}}/activities/{{activityId:guid}}", MatrixCaller.Anyone, _agreement.GetAsync, null);
        yield return new($"GET {A}/{{id:guid}}/scorecard", MatrixCaller.Anyone, _agreement.GetAsync, null);
        yield return new("GET /api/v1/scorecards", MatrixCaller.Anyone, null, null);
        yield return new("GET /api/v1/agreements/changes/", MatrixCaller.Anyone, null, null);
        yield return new("GET /api/v1/agreements/changes/state", MatrixCaller.Anyone, null, null);

        yield return new(Grpc + "Agreements/GetAgreement", MatrixCaller.Anyone, _agreement.GetAsync, """{"agreementId":"$id"}""");
        yield return new(Grpc + "Agreements/ListAgreements", MatrixCaller.Anyone, null, "{}");
        yield return new(Grpc + "Agreements/ListExpiring", MatrixCaller.Anyone, null, "{}");
        yield return new(Grpc + "Agreements/GetHistory", MatrixCaller.Anyone, _agreement.GetAsync, """{"agreementId":"$id"}""");
        yield return new(Grpc + "Agreements/ListActivities", MatrixCaller.Anyone, _agreement.GetAsync, """{"agreementId":"$id"}""");
        yield return new(Grpc + "Agreements/GetScorecard", MatrixCaller.Anyone, _agreement.GetAsync, """{"agreementId":"$id","year":2026}""");
        yield return new(Grpc + "Agreements/GetRollUp", MatrixCaller.Anyone, null, """{"year":2026}""");
        yield return new(Grpc + "AgreementsQuery/CheckBinding", MatrixCaller.Anyone, _agreement.GetAsync, $$"""{"agreementId":"$id","organIds":["{{MatrixTokens.Own.Id}}"]}""");
        yield return new(Grpc + "AgreementsChanges/ReadChanges", MatrixCaller.Anyone, null, "{}");
        yield return new(Grpc + "AgreementsChanges/FollowChanges", MatrixCaller.Anyone, null, "{}");
    }
}
