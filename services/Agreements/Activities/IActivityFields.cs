using Corridor.Agreements.Agreements;

namespace Corridor.Agreements.Activities;

/// <summary>An activity as recording or correcting it writes it, named as the REST body names it (so validation failures name the same fields over REST and gRPC).</summary>
public interface IActivityFields
{
    string? Area { get; }

    DateOnly? Date { get; }

    string? HostOrganId { get; }

    IReadOnlyList<string>? ParticipatingOrganIds { get; }

    int? ParticipantCount { get; }

    string? Summary { get; }

    DocumentRequest? Evidence { get; }
}
