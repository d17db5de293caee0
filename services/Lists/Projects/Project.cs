using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

/// <summary>
/// A joint project (项目清单) led by an organ of one region with partner organs in others.
/// <para>
/// Drafting: the pen-holder region (the lead's, unless the pen was handed to a partner region) edits the
/// content; every saved change is a numbered revision with a stored snapshot. The lead region submits.
/// </para>
/// <para>
/// Review: each required party (<see cref="ReviewPolicy"/>) approves the submitted revision by number, in the
/// current round. An edit under review makes a new revision and a new round: earlier approvals are voided and
/// the approvers are noticed. A reviewer may send the revision back with comments (ChangesRequested; the lead
/// edits and resubmits, a new round) or reject it with a reason (final). The secretariat may record an approval
/// on behalf of an absent coordinator, marked as such. Approved once every required party approved in the
/// current round (hence the same revision).
/// </para>
/// <para>Execution: Approved → InExecution (milestone progress) → Completed, or Cancelled with a reason from any unfinished status.</para>
/// </summary>
public sealed partial class Project : AggregateRoot
{
    private static readonly ProjectStatus[] Editable = [ProjectStatus.Draft, ProjectStatus.ChangesRequested, ProjectStatus.Submitted];
    private static readonly ProjectStatus[] Cancellable =
        [ProjectStatus.Draft, ProjectStatus.ChangesRequested, ProjectStatus.Submitted, ProjectStatus.Approved, ProjectStatus.InExecution];

    public const int MaxExternalReference = 100;

    private readonly List<ProjectPartner> _partners = [];
    private readonly List<ProjectMilestone> _milestones = [];
    private readonly List<Approval> _approvals = [];
    private readonly List<ProjectRevision> _revisions = [];
    private readonly List<ProjectTransition> _history = [];

    private Project()
    {
    }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public ProjectCategory Category { get; private set; }

    /// <summary>CNY in fen (1 yuan = 100 fen): exact, and summed in SQL on both providers.</summary>
    public long? BudgetFen { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public string LeadOrganId { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    /// <summary>The region whose organs may edit the draft: the lead's unless the pen was handed to a partner region.</summary>
    public string PenHolderRegionCode { get; private set; } = "";

    public Guid? AgreementId { get; private set; }

    /// <summary>The lead region's own id for the project (upsert by reference); unique per lead region, null for projects created without one.</summary>
    public string? ExternalReference { get; private set; }

    public ProjectStatus Status { get; private set; }

    /// <summary>Numbered revision of the content; review decisions name the revision they saw.</summary>
    public int Revision { get; private set; }

    /// <summary>Review round: a new one starts at each submission and at each edit under review. 0 before the first submission.</summary>
    public int Round { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    /// <summary>Deadline of the current review round.</summary>
    public DateTime? ReviewDueAt { get; private set; }

    /// <summary>The round for which the overdue reminder went out (once per round).</summary>
    public int? RemindedRound { get; private set; }

    /// <summary>The round for which a party that can never approve was reported (once per round).</summary>
    public int? BlockedReportedRound { get; private set; }

    public string? ReviewComments { get; private set; }

    public string? RejectionReason { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public DateOnly? ExecutionStartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public IReadOnlyList<ProjectPartner> Partners => _partners;

    public IReadOnlyList<ProjectMilestone> Milestones => _milestones;

    public IReadOnlyList<Approval> Approvals => _approvals;

    public IReadOnlyList<ProjectRevision> Revisions => _revisions;

    public IReadOnlyList<ProjectTransition> History => _history;

    public IEnumerable<string> ParticipatingRegions => RegionsOf(LeadRegionCode, _partners.Select(p => p.RegionCode));

    /// <summary>The lead region first, then the partners' regions, each once.</summary>
    public static IEnumerable<string> RegionsOf(string leadRegionCode, IEnumerable<string> partnerRegionCodes) =>
        partnerRegionCodes.Prepend(leadRegionCode).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> ParticipatingOrgans => _partners.Select(p => p.OrganId).Prepend(LeadOrganId);

    public ProjectContent Content => new(
        Title,
        Description,
        Category,
        BudgetFen,
        StartDate,
        EndDate,
        _partners.Select(p => new PartnerRef(p.OrganId, p.RegionCode)).ToArray(),
        _milestones.OrderBy(m => m.Number).Select(m => new MilestonePlan(m.Title, m.DueDate)).ToArray(),
        AgreementId);

    /// <summary>The caller's organ leads; its region holds the pen. Revision 1 is stored as the first snapshot.</summary>
    public static Project Draft(CallerIdentity lead, ProjectContent content, DateTime now, string? externalReference = null)
    {
        content.EnsureValid(lead.Organ, lead.Region);
        if (externalReference is not null && (string.IsNullOrWhiteSpace(externalReference) || externalReference.Length > MaxExternalReference))
        {
            throw new DomainRuleException("project.external-reference", $"The external reference is 1 to {MaxExternalReference} characters.");
        }

        var project = new Project
        {
            LeadOrganId = lead.Organ,
            LeadRegionCode = lead.Region,
            PenHolderRegionCode = lead.Region,
            ExternalReference = externalReference?.Trim(),
            Status = ProjectStatus.Draft,
            Revision = 1,
            CreatedAt = now,
        };
        project.Apply(content);
        project._revisions.Add(new ProjectRevision(1, content.ToJson(), [], lead.Actor, lead.Organ, lead.Region, now));
        var version = project.Record("draft", null, ProjectStatus.Draft, lead, now, null);
        project.Raise(new ProjectDrafted(
            project.Id, project.Title, project.LeadOrganId, project.LeadRegionCode, project.ParticipatingRegions.ToArray(), project.AgreementId, version, now));
        return project;
    }

    private static CallerIdentity System => new("system", "", "", []);

    private void Apply(ProjectContent content)
    {
        Title = content.Title.Trim();
        Description = content.Description;
        Category = content.Category;
        BudgetFen = content.BudgetFen;
        StartDate = content.StartDate;
        EndDate = content.EndDate;
        AgreementId = content.AgreementId;

        // Partners are keyed by organ: keep the unchanged rows, so EF updates instead of re-inserting a key it tracks.
        _partners.RemoveAll(p => !content.Partners.Any(n => n.OrganId == p.OrganId && n.RegionCode == p.RegionCode));
        _partners.AddRange(content.Partners.Where(n => !_partners.Any(p => p.OrganId == n.OrganId)).Select(n => new ProjectPartner(n.OrganId, n.RegionCode)));

        _milestones.Clear();
        _milestones.AddRange(content.Milestones.Select((m, i) => new ProjectMilestone(i + 1, m.Title.Trim(), m.DueDate)));
    }

    private long Record(string action, ProjectStatus? from, ProjectStatus to, CallerIdentity caller, DateTime now, string? note)
    {
        _history.Add(new ProjectTransition(action, from, to, Revision, caller.Actor, caller.Organ, caller.Region, now, note));
        UpdatedAt = now;
        return NextVersion();
    }

    private void EnsureIn(string action, params ProjectStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException("project.illegal-transition", $"Cannot {action} a project that is {Status}.");
        }
    }

    private void EnsureLead(CallerIdentity caller, string action)
    {
        if (caller.Region != LeadRegionCode)
        {
            throw new ForbiddenException("project.not-lead", $"Only the lead region {LeadRegionCode} can {action} the project.");
        }
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException("project.missing-" + field, $"The {field} is required.") : value.Trim();
}
