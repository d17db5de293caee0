using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Agreements.Activities;

public sealed record ActivityResponse(
    Guid Id,
    Guid AgreementId,
    string Area,
    DateOnly Date,
    string HostOrganId,
    IReadOnlyList<string> ParticipatingOrganIds,
    int ParticipantCount,
    string Summary,
    DocumentResponse? Evidence,
    string RecordedBy,
    string RecordedByOrganId,
    DateTime RecordedAt,
    string? ExternalReference,
    DateTime? RevisedAt,
    long Version,
    string? HostOrganName = null,
    IReadOnlyList<string?>? ParticipatingOrganNames = null,
    string? RecordedByOrganName = null) : IVersionedView
{
    public IEnumerable<string> OrganIds() => ParticipatingOrganIds.Append(HostOrganId).Append(RecordedByOrganId);

    /// <summary>The view with the organs' current names; <see cref="ParticipatingOrganNames"/> follows <see cref="ParticipatingOrganIds"/> item by item.</summary>
    public ActivityResponse Named(OrganNames names) => this with
    {
        HostOrganName = names.Of(HostOrganId),
        ParticipatingOrganNames = ParticipatingOrganIds.Select(names.Of).ToArray(),
        RecordedByOrganName = names.Of(RecordedByOrganId),
    };

    public static ActivityResponse From(Activity a) => new(
        a.Id,
        a.AgreementId,
        a.Area.ToString(),
        a.Date,
        a.HostOrganId,
        a.ParticipatingOrganIds,
        a.ParticipantCount,
        a.Summary,
        DocumentResponse.From(a.EvidenceSha256, a.EvidenceLocation),
        a.RecordedBy,
        a.RecordedByOrganId,
        a.RecordedAt,
        a.ExternalReference,
        a.RevisedAt,
        a.Version);
}
