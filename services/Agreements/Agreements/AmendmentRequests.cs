namespace Corridor.Agreements.Agreements;

/// <summary>POST /api/v1/agreements/{id}/amendments: the reason and at least one of parties, term, plans (each replaces the whole part).</summary>
public sealed record ProposeAmendmentRequest(
    string? Reason,
    IReadOnlyList<PartyRequest>? Parties,
    TermRequest? Term,
    IReadOnlyList<PlanRequest>? Plans);

public sealed record TermRequest(DateOnly? Start, DateOnly? End);

public sealed record SignAmendmentRequest(string? Signatory, string? OrganId);
