namespace Corridor.Agreements.Agreements;

/// <summary>
/// An agreement's content as a draft, a revision or an upsert writes it, named as the REST body names it (so
/// validation failures name the same fields over REST and gRPC).
/// </summary>
public interface IAgreementFields
{
    string? Kind { get; }

    string? Title { get; }

    string? Witness { get; }

    IReadOnlyList<PartyRequest>? Parties { get; }

    DateOnly? TermStart { get; }

    DateOnly? TermEnd { get; }

    DocumentRequest? Document { get; }

    IReadOnlyList<PlanRequest>? Plans { get; }
}

/// <summary>The body of POST /api/v1/agreements (draft), PUT /api/v1/agreements/{id} (revise the draft) and PUT /by-ref/{reference} (upsert).</summary>
public sealed record AgreementRequest(
    string? Kind,
    string? Title,
    string? Witness,
    IReadOnlyList<PartyRequest>? Parties,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    DocumentRequest? Document,
    IReadOnlyList<PlanRequest>? Plans) : IAgreementFields;

public static class AgreementFields
{
    /// <summary>The content the fields describe, once they are valid.</summary>
    public static AgreementContent ToContent(this IAgreementFields fields) => new(
        Enum.Parse<AgreementKind>(fields.Kind!, ignoreCase: true),
        fields.Title!,
        fields.Witness,
        fields.TermStart!.Value,
        fields.TermEnd,
        fields.Document?.ToReference(),
        fields.Parties!.Select(p => p!.ToTerms()).ToArray(),
        (fields.Plans ?? []).Select(p => p!.ToPlan()).ToArray());
}

public sealed record PartyRequest(string? OrganId, string? OrganName, string? RegionCode)
{
    public PartyTerms ToTerms() => new(OrganId!, OrganName!.Trim(), RegionCode!);
}

public sealed record DocumentRequest(string? Sha256, string? Location)
{
    public DocumentReference ToReference() => new(Sha256!, Location!.Trim());
}

public sealed record PlanRequest(int? Year, string? Area, int? Planned, string? Goal)
{
    public AreaPlan ToPlan() => new(Year!.Value, Enum.Parse<CooperationArea>(Area!, ignoreCase: true), Planned!.Value, string.IsNullOrWhiteSpace(Goal) ? null : Goal.Trim());
}
