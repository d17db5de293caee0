namespace Corridor.Agreements.Agreements;

/// <summary>What an amendment changes; a null part stays as it is.</summary>
public sealed record AmendmentChanges(IReadOnlyList<PartyTerms>? Parties, AmendedTerm? Term, IReadOnlyList<AreaPlan>? Plans)
{
    public bool IsEmpty => Parties is null && Term is null && Plans is null;
}

/// <summary>The new term of an amendment; a null end makes the agreement open-ended.</summary>
public sealed record AmendedTerm(DateOnly Start, DateOnly? End);
