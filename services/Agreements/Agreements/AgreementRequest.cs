namespace Corridor.Agreements.Agreements;

/// <summary>The body of POST /api/v1/agreements (draft) and PUT /api/v1/agreements/{id} (revise the draft).</summary>
public sealed record AgreementRequest(
    string? Kind,
    string? Title,
    string? Witness,
    IReadOnlyList<PartyRequest>? Parties,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    DocumentRequest? Document,
    IReadOnlyList<PlanRequest>? Plans)
{
    public AgreementContent ToContent() => new(
        Enum.Parse<AgreementKind>(Kind!, ignoreCase: true),
        Title!,
        Witness,
        TermStart!.Value,
        TermEnd,
        Document?.ToReference(),
        Parties!.Select(p => p!.ToTerms()).ToArray(),
        (Plans ?? []).Select(p => p!.ToPlan()).ToArray());
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
