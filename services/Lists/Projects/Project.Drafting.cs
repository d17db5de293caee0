using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

/// <summary>Drafting: the pen-holder edits the content (a numbered revision per saved change) and may hand the pen on.</summary>
public sealed partial class Project
{
    /// <summary>
    /// The pen-holder saves new content: revision r+1 with its snapshot. Under review this also voids the approvals
    /// of the round, starts a new round with a new deadline, and notices every required party. Returns the changed
    /// fields; an identical content changes nothing and makes no revision.
    /// </summary>
    public IReadOnlyList<FieldChange> Edit(CallerIdentity caller, ProjectContent content, ReviewPolicy policy, DateTime now)
    {
        EnsureIn("edit", Editable);
        if (caller.Region != PenHolderRegionCode)
        {
            throw new ForbiddenException("project.not-pen-holder", $"Only the pen-holder region {PenHolderRegionCode} can edit the project.");
        }

        content.EnsureValid(LeadOrganId, LeadRegionCode);
        var changes = content.DiffFrom(Content);
        if (changes.Count == 0)
        {
            return changes;
        }

        Apply(content);
        Revision++;
        var changedFields = changes.Select(c => c.Field).ToArray();
        _revisions.Add(new ProjectRevision(Revision, content.ToJson(), changedFields, caller.Actor, caller.Organ, caller.Region, now));
        var underReview = Status == ProjectStatus.Submitted;
        var voided = underReview ? VoidRound($"revision {Revision} replaced revision {Revision - 1}", now) : [];
        if (underReview)
        {
            StartRound(policy, now);
        }

        var version = Record("edit", Status, Status, caller, now, string.Join(", ", changedFields));
        Raise(new ProjectRevised(Id, LeadRegionCode, Revision, Status.ToString(), changedFields, caller.Organ, version, now));
        if (underReview)
        {
            Raise(new ProjectApprovalsVoided(
                Id, LeadRegionCode, Revision - 1, Revision, voided, policy.RequiredParties(ParticipatingRegions).Select(p => p.Key).ToArray(), version, now));
            ReportIfBlocked(policy, now, version);
        }

        return changes;
    }

    /// <summary>The pen-holder (or the lead region, which can always take it back) hands the pen to another participating region.</summary>
    public void HandPen(CallerIdentity caller, string toRegionCode, DateTime now)
    {
        EnsureIn("hand the pen of", ProjectStatus.Draft, ProjectStatus.ChangesRequested);
        if (caller.Region != PenHolderRegionCode && caller.Region != LeadRegionCode)
        {
            throw new ForbiddenException("project.not-pen-holder", $"Only the pen-holder region {PenHolderRegionCode} or the lead region can hand the pen on.");
        }

        if (!ParticipatingRegions.Contains(toRegionCode, StringComparer.Ordinal))
        {
            throw new DomainRuleException("project.pen-outside-project", $"Region {toRegionCode} does not take part in the project.");
        }

        if (toRegionCode == PenHolderRegionCode)
        {
            throw new DomainRuleException("project.pen-already-held", $"Region {toRegionCode} already holds the pen.");
        }

        var from = PenHolderRegionCode;
        PenHolderRegionCode = toRegionCode;
        var version = Record("hand-pen", Status, Status, caller, now, $"{from} → {toRegionCode}");
        Raise(new ProjectPenHanded(Id, LeadRegionCode, from, toRegionCode, version, now));
    }
}
