using Corridor.Agreements.Agreements;

namespace Corridor.Agreements.Activities;

public sealed record ActivityInput(
    CooperationArea Area,
    DateOnly Date,
    string HostOrganId,
    IReadOnlyList<string> ParticipatingOrganIds,
    int ParticipantCount,
    string Summary,
    DocumentReference? Evidence);
