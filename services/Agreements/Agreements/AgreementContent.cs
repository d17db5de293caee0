namespace Corridor.Agreements.Agreements;

/// <summary>What a draft says: drafted, revised while a draft, and checked by <see cref="Agreement"/>.</summary>
public sealed record AgreementContent(
    AgreementKind Kind,
    string Title,
    string? Witness,
    DateOnly TermStart,
    DateOnly? TermEnd,
    DocumentReference? Document,
    IReadOnlyList<PartyTerms> Parties,
    IReadOnlyList<AreaPlan> Plans);
