using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.Agreements.Activities;

/// <summary>
/// Something the parties did together under one agreement in one cooperation area (a joint study session, a
/// joint training course, …). Its own aggregate: recording one never contends with changes to the agreement.
/// <para>
/// Only a party records, for a host that is a party, on a date within the term, not in the future, and while the
/// agreement was in force: after activation, before a suspension still in effect, and not after it ended.
/// </para>
/// </summary>
public sealed class Activity : AggregateRoot
{
    public const int MaxSummary = 4000;

    private Activity()
    {
    }

    public Guid AgreementId { get; private set; }

    public CooperationArea Area { get; private set; }

    public DateOnly Date { get; private set; }

    public string HostOrganId { get; private set; } = "";

    public IReadOnlyList<string> ParticipatingOrganIds { get; private set; } = [];

    public int ParticipantCount { get; private set; }

    public string Summary { get; private set; } = "";

    public string? EvidenceSha256 { get; private set; }

    public string? EvidenceLocation { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public string RecordedByOrganId { get; private set; } = "";

    public string RecordedByRegionCode { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }

    /// <summary>The recording region's own identifier for the activity, unique within that region; set by an upsert by reference.</summary>
    public string? ExternalReference { get; private set; }

    public string? RevisedBy { get; private set; }

    public string? RevisedByOrganId { get; private set; }

    public DateTime? RevisedAt { get; private set; }

    public static Activity Record(Agreement agreement, CallerIdentity by, ActivityInput input, DateTime now, string? externalReference = null)
    {
        Check(agreement, by, input, now);
        var activity = new Activity
        {
            AgreementId = agreement.Id,
            RecordedBy = by.Actor,
            RecordedByOrganId = by.Organ,
            RecordedByRegionCode = by.Region,
            RecordedAt = now,
            ExternalReference = externalReference,
        };
        activity.Apply(input);
        var version = activity.NextVersion();
        activity.Raise(new ActivityRecorded(
            activity.Id, agreement.Id, input.Area.ToString(), input.Date, input.HostOrganId, activity.ParticipatingOrganIds, input.ParticipantCount, version, now));
        return activity;
    }

    /// <summary>What the activity says now, in the terms it is recorded in.</summary>
    public ActivityInput Input => new(
        Area,
        Date,
        HostOrganId,
        ParticipatingOrganIds,
        ParticipantCount,
        Summary,
        EvidenceSha256 is not null && EvidenceLocation is not null ? new DocumentReference(EvidenceSha256, EvidenceLocation) : null);

    /// <summary>
    /// The recording region corrects what it recorded, by the same rules as recording it (a party, a host that is a
    /// party, a day the agreement was in force); another region's record is not its to change.
    /// </summary>
    public void Revise(Agreement agreement, CallerIdentity by, ActivityInput input, DateTime now)
    {
        if (agreement.Id != AgreementId)
        {
            throw new DomainRuleException("activity.other-agreement", $"Activity {Id} was recorded under agreement {AgreementId}, not {agreement.Id}.");
        }

        if (by.Region != RecordedByRegionCode)
        {
            throw new ForbiddenException("activity.other-region", $"Only region {RecordedByRegionCode}, which recorded this activity, corrects it.");
        }

        Check(agreement, by, input, now);
        Apply(input);
        RevisedBy = by.Actor;
        RevisedByOrganId = by.Organ;
        RevisedAt = now;
        var version = NextVersion();
        Raise(new ActivityRevised(Id, AgreementId, input.Area.ToString(), input.Date, input.HostOrganId, ParticipatingOrganIds, input.ParticipantCount, by.Organ, version, now));
    }

    private static void Check(Agreement agreement, CallerIdentity by, ActivityInput input, DateTime now)
    {
        if (!agreement.IsParty(by.Organ))
        {
            throw new ForbiddenException("activity.not-a-party", "Only a party to the agreement records its activities.");
        }

        if (!agreement.IsParty(input.HostOrganId))
        {
            throw new DomainRuleException("activity.host-not-a-party", $"The host {input.HostOrganId} must be a party to the agreement.");
        }

        EnsureInForceOn(agreement, input.Date, DateOnly.FromDateTime(now));
        if (input.ParticipatingOrganIds.FirstOrDefault(id => !UnifiedSocialCreditCode.IsValid(id)) is { } bad)
        {
            throw new DomainRuleException("activity.organ-code", $"Participating organ {bad} must be identified by a valid unified social credit code.");
        }

        if (input.ParticipantCount < 1)
        {
            throw new DomainRuleException("activity.participants", "An activity has at least one participant.");
        }

        if (string.IsNullOrWhiteSpace(input.Summary))
        {
            throw new DomainRuleException("activity.missing-summary", "The summary is required.");
        }

        if (input.Evidence is { } evidence && !DocumentReference.IsSha256(evidence.Sha256))
        {
            throw new DomainRuleException("activity.evidence", "The evidence reference needs the file's SHA-256 (64 lowercase hex digits) and its location.");
        }
    }

    private void Apply(ActivityInput input)
    {
        Area = input.Area;
        Date = input.Date;
        HostOrganId = input.HostOrganId;
        ParticipatingOrganIds = input.ParticipatingOrganIds.Distinct(StringComparer.Ordinal).ToArray();
        ParticipantCount = input.ParticipantCount;
        Summary = input.Summary.Trim();
        EvidenceSha256 = input.Evidence?.Sha256;
        EvidenceLocation = input.Evidence?.Location;
    }

    private static void EnsureInForceOn(Agreement agreement, DateOnly date, DateOnly today)
    {
        if (date < agreement.TermStart || (agreement.TermEnd is { } end && date > end))
        {
            throw new DomainRuleException(
                "activity.outside-term",
                $"{date:yyyy-MM-dd} lies outside the agreement's term ({agreement.TermStart:yyyy-MM-dd}–{agreement.TermEnd?.ToString("yyyy-MM-dd") ?? "open"}).");
        }

        if (date > today)
        {
            throw new DomainRuleException("activity.in-the-future", "An activity is recorded once it has taken place.");
        }

        var notYet = agreement.ActivatedAt is null || agreement.Status is AgreementStatus.Draft or AgreementStatus.PendingSignatures or AgreementStatus.Signed;
        var suspended = agreement.Status == AgreementStatus.Suspended && date >= DateOnly.FromDateTime(agreement.SuspendedAt!.Value);
        var ended = agreement.EndedAt is { } endedAt && date > DateOnly.FromDateTime(endedAt);
        if (notYet || suspended || ended)
        {
            throw new DomainRuleException("activity.agreement-not-in-force", $"The agreement was not in force on {date:yyyy-MM-dd} (it is {agreement.Status}).");
        }
    }
}
