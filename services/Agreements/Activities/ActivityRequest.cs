using Corridor.Agreements.Agreements;

namespace Corridor.Agreements.Activities;

/// <summary>The body of POST /api/v1/agreements/{id}/activities and PUT .../activities/by-ref/{reference}.</summary>
public sealed record ActivityRequest(
    string? Area,
    DateOnly? Date,
    string? HostOrganId,
    IReadOnlyList<string>? ParticipatingOrganIds,
    int? ParticipantCount,
    string? Summary,
    DocumentRequest? Evidence) : IActivityFields;
