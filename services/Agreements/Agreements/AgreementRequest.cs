namespace Corridor.Agreements.Agreements;

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
