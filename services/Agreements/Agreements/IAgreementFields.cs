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
