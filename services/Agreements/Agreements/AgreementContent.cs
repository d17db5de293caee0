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
    IReadOnlyList<AreaPlan> Plans)
{
    /// <summary>
    /// Whether both say the same once stored: titles and witnesses compare as stored (trimmed, blank = none), the
    /// parties (by organ: their names and regions are the directory's, which may have renamed an organ since) and the
    /// plan lines in any order. An upsert of the same content changes nothing.
    /// </summary>
    public bool SaysTheSameAs(AgreementContent other) =>
        Kind == other.Kind
        && Title.Trim() == other.Title.Trim()
        && Blank(Witness) == Blank(other.Witness)
        && TermStart == other.TermStart
        && TermEnd == other.TermEnd
        && Document == other.Document
        && Parties.Select(p => p.OrganId).Order(StringComparer.Ordinal).SequenceEqual(other.Parties.Select(p => p.OrganId).Order(StringComparer.Ordinal))
        && Plans.OrderBy(p => p.Year).ThenBy(p => p.Area).SequenceEqual(other.Plans.OrderBy(p => p.Year).ThenBy(p => p.Area));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
