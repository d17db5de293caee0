using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

/// <summary>
/// A joint project (项目清单) led by an organ of one region with partner organs in others. Reviewed by
/// revision: every required party must approve the same submitted revision before it is Approved.
/// </summary>
public sealed class Project : AggregateRoot
{
    private readonly List<ProjectPartner> _partners = [];
    private readonly List<Approval> _approvals = [];

    private Project()
    {
    }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string LeadOrganId { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    public Guid? AgreementId { get; private set; }

    public ProjectStatus Status { get; private set; }

    /// <summary>Numbered revision of the content; review decisions name the revision they saw.</summary>
    public int Revision { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public IReadOnlyList<ProjectPartner> Partners => _partners;

    public IReadOnlyList<Approval> Approvals => _approvals;

    public IEnumerable<string> ParticipatingRegions => _partners.Select(p => p.RegionCode).Prepend(LeadRegionCode).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> ParticipatingOrgans => _partners.Select(p => p.OrganId).Prepend(LeadOrganId);

    public static Project Draft(
        string title, string description, string leadOrganId, string leadRegionCode, IReadOnlyCollection<ProjectPartner> partners, Guid? agreementId, DateTime now)
    {
        if (partners.Count == 0)
        {
            throw new DomainRuleException("project.no-partners", "A joint project needs at least one partner organ.");
        }

        if (partners.Any(p => p.RegionCode == leadRegionCode))
        {
            throw new DomainRuleException("project.partner-same-region", "Partner organs must come from regions other than the lead's.");
        }

        if (partners.Select(p => p.OrganId).Append(leadOrganId).Distinct(StringComparer.Ordinal).Count() != partners.Count + 1)
        {
            throw new DomainRuleException("project.duplicate-organ", "An organ can take part in a project only once.");
        }

        var project = new Project
        {
            Title = title,
            Description = description,
            LeadOrganId = leadOrganId,
            LeadRegionCode = leadRegionCode,
            AgreementId = agreementId,
            Status = ProjectStatus.Draft,
            Revision = 1,
            CreatedAt = now,
        };
        project._partners.AddRange(partners);
        project.NextVersion();
        return project;
    }

    /// <summary>The lead region (the pen-holder) submits the current revision for review.</summary>
    public void Submit(CallerIdentity caller)
    {
        if (caller.Region != LeadRegionCode)
        {
            throw new ForbiddenException("project.not-pen-holder", "Only the lead region can submit the project for review.");
        }

        if (Status != ProjectStatus.Draft)
        {
            throw new DomainRuleException("project.not-draft", $"Only a draft can be submitted; the project is {Status}.");
        }

        Status = ProjectStatus.Submitted;
        NextVersion();
    }

    /// <summary>
    /// Records the caller's approval of <paramref name="revision"/>. A coordinator approves for their
    /// own region, the secretariat for the secretariat. When every required party approved the current
    /// revision, the project is Approved and <see cref="ProjectApproved"/> is raised.
    /// </summary>
    public void Approve(CallerIdentity caller, int revision, ReviewPolicy policy, DateTime now)
    {
        if (Status != ProjectStatus.Submitted)
        {
            throw new DomainRuleException("review.not-submitted", $"Only a submitted project can be approved; the project is {Status}.");
        }

        if (revision != Revision)
        {
            throw new DomainRuleException("review.stale-revision", $"You approved revision {revision}, but the project is at revision {Revision}; review the current revision.");
        }

        var required = policy.RequiredParties(ParticipatingRegions);
        var party = PartyOf(caller, required);
        if (_approvals.Any(a => a.Party == party.Key && a.Revision == revision))
        {
            throw new DomainRuleException("review.already-approved", $"{party} has already approved revision {revision}.");
        }

        _approvals.Add(new Approval(party.Key, revision, caller.Subject, caller.Organ, now));
        var version = NextVersion();

        if (required.All(r => _approvals.Any(a => a.Party == r.Key && a.Revision == Revision)))
        {
            Status = ProjectStatus.Approved;
            ApprovedAt = now;
            Raise(new ProjectApproved(Id, Title, LeadOrganId, LeadRegionCode, ParticipatingRegions.ToArray(), AgreementId, Revision, version, now));
        }
    }

    /// <summary>Parties that still have to approve the current revision.</summary>
    public IReadOnlyList<ReviewParty> PendingParties(ReviewPolicy policy) =>
        policy.RequiredParties(ParticipatingRegions)
            .Where(r => !_approvals.Any(a => a.Party == r.Key && a.Revision == Revision))
            .ToArray();

    private static ReviewParty PartyOf(CallerIdentity caller, IReadOnlyList<ReviewParty> required)
    {
        if (caller.IsSecretariat && required.Contains(ReviewParty.Secretariat))
        {
            return ReviewParty.Secretariat;
        }

        var coordinator = ReviewParty.CoordinatorOf(caller.Region);
        if (caller.IsCoordinator && required.Contains(coordinator))
        {
            return coordinator;
        }

        throw new ForbiddenException("review.not-a-reviewer", "Only the coordinator of a participating region or the conference secretariat can approve this project.");
    }
}
