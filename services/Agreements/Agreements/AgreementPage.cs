namespace Corridor.Agreements.Agreements;

/// <summary>A page of GET /api/v1/agreements; <see cref="NextCursor"/> is the <c>cursor</c> of the next page, null on the last one.</summary>
public sealed record AgreementPage(IReadOnlyList<AgreementResponse> Items, string? NextCursor);
