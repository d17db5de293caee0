namespace Corridor.Agreements.Agreements;

/// <summary>
/// Two pairing agreements between the same two organs may not be in force (Signed, Active or Suspended)
/// for overlapping terms. A suspended agreement still counts: it is paused, not ended, and can resume.
/// </summary>
public static class PairingOverlap
{
    public static Agreement? FindConflict(
        Guid id, AgreementKind kind, IReadOnlyCollection<string> organIds, DateOnly termStart, DateOnly? termEnd, IEnumerable<Agreement> others)
    {
        if (kind != AgreementKind.PairingAgreement)
        {
            return null;
        }

        return others.FirstOrDefault(o =>
            o.Id != id
            && o.Kind == AgreementKind.PairingAgreement
            && o.IsInForce
            && o.Parties.Count(p => organIds.Contains(p.OrganId)) >= 2
            && termStart <= (o.TermEnd ?? DateOnly.MaxValue)
            && o.TermStart <= (termEnd ?? DateOnly.MaxValue));
    }
}
