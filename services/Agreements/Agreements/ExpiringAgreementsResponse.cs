namespace Corridor.Agreements.Agreements;

/// <summary>GET /api/v1/agreements/expiring: the agreements whose term ends within the window (in days).</summary>
public sealed record ExpiringAgreementsResponse(int WithinDays, IReadOnlyList<ExpiringAgreementResponse> Items);
