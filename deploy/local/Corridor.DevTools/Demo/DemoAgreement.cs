namespace Corridor.DevTools.Demo;

/// <summary>An agreement of the demo data; the first party drafts and proposes it, then every party signs for itself.</summary>
public sealed record DemoAgreement(
    string Key,
    string Kind,
    string Title,
    DateOnly TermStart,
    DateOnly? TermEnd,
    IReadOnlyList<string> PartyRegions,
    string? Witness = null,
    IReadOnlyList<DemoPlan>? Plans = null);
