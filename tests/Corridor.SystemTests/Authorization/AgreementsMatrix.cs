using Corridor.Testing;

namespace Corridor.SystemTests.Authorization;

/// <summary>The rule of every write endpoint of Agreements: the own member's organ and the partner are the parties.</summary>
public sealed class AgreementsMatrix(CorridorSystem system)
{
    private const string Grpc = "/corridor.agreements.v1.Agreements/";
    private const string A = "/api/v1/agreements";

    private static readonly string Parties = $$""" "parties":[{"organId":"{{MatrixTokens.Own.Id}}","organName":"{{MatrixTokens.Own.Name}}","regionCode":"{{MatrixTokens.Own.RegionCode}}"},{"organId":"{{MatrixTokens.Partner.Id}}","organName":"{{MatrixTokens.Partner.Name}}","regionCode":"{{MatrixTokens.Partner.RegionCode}}"}]""";
    private static readonly string Content = """ "kind":"Memorandum","title":"玉林–肇庆机关党建合作备忘录 MATRIX",""" + Parties + ""","termStart":"2026-01-01","termEnd":"2028-12-31" """;
    private static readonly string Document = """ "document":{"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","location":"https://docs.example.org/agreements/terminate.pdf"}""";
    private static readonly string Activity = $$""" "area":"JointStudy","date":"2026-06-01","hostOrganId":"{{MatrixTokens.Own.Id}}","participantCount":20,"summary":"两地机关党员联学" """;
    private static readonly string Amend = """ "reason":"延长合作期限","term":{"start":"2026-01-01","end":"2029-12-31"}""";

    private readonly RestSteps _rest = new(system.Agreements.RestAddress);

    private static string Member => MatrixTokens.For(MatrixCaller.OwnMember, "agreements");

    private static string PartnerMember => MatrixTokens.Person(MatrixTokens.Partner, "staff-441200", "member");

    public IEnumerable<MatrixRow> Rows()
    {
        var id = """{"agreementId":"$id","expectedVersion":$version""";

        // A draft names its parties; the drafter must be one of them, unless it is the secretariat, which drafts for the conference.
        yield return new($"POST {A}/", MatrixCaller.OwnOrganOrSecretariat, null, "{" + Content + "}");
        yield return new($"PUT {A}/by-ref/{{externalReference}}", MatrixCaller.OwnOrganOrSecretariat, null, "{" + Content + "}");
        yield return new($"PUT {A}/{{id:guid}}", MatrixCaller.OwnOrgan, () => AgreementAsync(0), "{" + Content + "}");
        yield return new($"POST {A}/{{id:guid}}/propose", MatrixCaller.OwnOrgan, () => AgreementAsync(0), null);
        yield return new($"POST {A}/{{id:guid}}/signatures", MatrixCaller.OwnOrgan, () => AgreementAsync(1), """{"signatory":"张伟"}""");
        yield return new($"POST {A}/{{id:guid}}/suspend", MatrixCaller.OwnOrganOrSecretariat, () => AgreementAsync(2), """{"reason":"机构调整"}""");
        yield return new($"POST {A}/{{id:guid}}/resume", MatrixCaller.OwnOrganOrSecretariat, () => AgreementAsync(3), """{"note":"恢复合作"}""");
        yield return new($"POST {A}/{{id:guid}}/terminate", MatrixCaller.OwnOrganOrSecretariat, () => AgreementAsync(2), """{"reason":"双方协商终止",""" + Document + "}");
        yield return new($"POST {A}/{{id:guid}}/amendments", MatrixCaller.OwnOrgan, () => AgreementAsync(2), "{" + Amend + "}");
        yield return new($"POST {A}/{{id:guid}}/amendments/{{number:int}}/signatures", MatrixCaller.OwnOrgan, AmendmentAsync, """{"signatory":"张伟"}""");
        yield return new($"POST {A}/{{id:guid}}/amendments/{{number:int}}/decline", MatrixCaller.OwnOrgan, AmendmentAsync, """{"reason":"不同意延期"}""");
        yield return new($"POST {A}/{{id:guid}}/activities/", MatrixCaller.OwnOrgan, () => AgreementAsync(2), "{" + Activity + "}");
        yield return new($"PUT {A}/{{id:guid}}/activities/by-ref/{{externalReference}}", MatrixCaller.OwnOrgan, () => AgreementAsync(2), "{" + Activity + "}");
        yield return new(Grpc + "CreateAgreement", MatrixCaller.OwnOrganOrSecretariat, null, "{" + Content + "}");
        yield return new(Grpc + "UpsertAgreement", MatrixCaller.OwnOrganOrSecretariat, null, """{"externalReference":"grpc-matrix",""" + Content + "}");
        yield return new(Grpc + "UpdateAgreement", MatrixCaller.OwnOrgan, () => AgreementAsync(0), id + "," + Content + "}");
        yield return new(Grpc + "ProposeAgreement", MatrixCaller.OwnOrgan, () => AgreementAsync(0), id + "}");
        yield return new(Grpc + "SignAgreement", MatrixCaller.OwnOrgan, () => AgreementAsync(1), id + ""","signatory":"张伟"}""");
        yield return new(Grpc + "SuspendAgreement", MatrixCaller.OwnOrganOrSecretariat, () => AgreementAsync(2), id + ""","reason":"机构调整"}""");
        yield return new(Grpc + "ResumeAgreement", MatrixCaller.OwnOrganOrSecretariat, () => AgreementAsync(3), id + ""","reason":"恢复合作"}""");
        yield return new(Grpc + "TerminateAgreement", MatrixCaller.OwnOrganOrSecretariat, () => AgreementAsync(2), id + ""","reason":"双方协商终止",""" + Document + "}");
        yield return new(Grpc + "ProposeAmendment", MatrixCaller.OwnOrgan, () => AgreementAsync(2), id + "," + Amend + "}");
        yield return new(Grpc + "SignAmendment", MatrixCaller.OwnOrgan, AmendmentAsync, id + ""","number":$number,"signatory":"张伟"}""");
        yield return new(Grpc + "DeclineAmendment", MatrixCaller.OwnOrgan, AmendmentAsync, id + ""","number":$number,"reason":"不同意延期"}""");
        yield return new(Grpc + "RecordActivity", MatrixCaller.OwnOrgan, () => AgreementAsync(2), """{"agreementId":"$id",""" + Activity + "}");
        yield return new(Grpc + "UpsertActivity", MatrixCaller.OwnOrgan, () => AgreementAsync(2), """{"agreementId":"$id","externalReference":"grpc-matrix",""" + Activity + "}");
    }

    /// <summary>A memorandum between the own member's organ and the partner: 0 Draft, 1 PendingSignatures, 2 Active, 3 Suspended.</summary>
    public async Task<Target> AgreementAsync(int stage)
    {
        var target = await _rest.CreateAsync(Member, A, "{" + Content + "}");
        var path = $"{A}/{target.Id}";
        if (stage >= 1)
        {
            await _rest.SendAsync(Member, "POST", path + "/propose", null, target);
        }

        if (stage >= 2)
        {
            await _rest.SendAsync(Member, "POST", path + "/signatures", new { signatory = "张伟" }, target);
            await _rest.SendAsync(PartnerMember, "POST", path + "/signatures", new { signatory = "李娜" }, target);
        }

        if (stage >= 3)
        {
            await _rest.SendAsync(Member, "POST", path + "/suspend", new { reason = "机构调整" }, target);
        }

        return target;
    }

    /// <summary>An active agreement with amendment 1 proposed by the partner, awaiting the own organ's signature.</summary>
    private async Task<Target> AmendmentAsync()
    {
        var target = await AgreementAsync(2);
        await _rest.SendAsync(PartnerMember, "POST", $"{A}/{target.Id}/amendments", "{" + Amend + "}", target);
        await _rest.RefreshAsync(Member, $"{A}/{target.Id}", target);
        return target.With("number", "1");
    }
}
