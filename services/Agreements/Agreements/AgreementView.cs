namespace Corridor.Agreements.Agreements;

/// <summary>
/// An agreement as GetAgreement shows it: the REST answer, and every amendment (the gRPC reply lists them all;
/// REST shows the pending one and the count).
/// </summary>
public sealed record AgreementView(AgreementResponse Response, IReadOnlyList<AmendmentResponse> Amendments)
{
    public static AgreementView From(Agreement a) => new(AgreementResponse.From(a), a.Amendments.Select(AmendmentResponse.From).ToArray());
}
