using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.Lists.Projects;

/// <summary>Execution: start, milestone progress, completion, and cancellation of an unfinished project.</summary>
public sealed partial class Project
{
    /// <summary>The lead region starts executing the approved project.</summary>
    public void StartExecution(CallerIdentity caller, DateOnly startedOn, DateTime now)
    {
        EnsureIn("start", ProjectStatus.Approved);
        EnsureLead(caller, "start the execution of");
        ExecutionStartedOn = startedOn;
        Status = ProjectStatus.InExecution;
        var version = Record("start-execution", ProjectStatus.Approved, Status, caller, now, null);
        Raise(new ProjectExecutionStarted(Id, LeadRegionCode, AgreementId, startedOn, version, now));
    }

    /// <summary>An organ taking part reports a milestone's progress (0–100) while the project is in execution.</summary>
    public void ReportMilestone(CallerIdentity caller, int number, int percent, string? note, DateTime now)
    {
        EnsureIn("report progress on", ProjectStatus.InExecution);
        if (!ParticipatingOrgans.Contains(caller.Organ, StringComparer.Ordinal))
        {
            throw new ForbiddenException("project.not-a-participant", "Only an organ taking part in the project can report its progress.");
        }

        var milestone = _milestones.SingleOrDefault(m => m.Number == number)
            ?? throw new DomainRuleException("project.no-such-milestone", $"The project has no milestone {number}.");
        if (percent is < 0 or > 100)
        {
            throw new DomainRuleException("project.milestone-percent", "Progress is a percentage from 0 to 100.");
        }

        milestone.Report(percent, note, now);
        var version = Record("milestone", Status, Status, caller, now, $"milestone {number}: {percent}%{(note is null ? "" : " — " + note)}");
        Raise(new ProjectMilestoneProgressed(Id, LeadRegionCode, number, percent, percent == 100, caller.Organ, version, now));
    }

    /// <summary>The lead region declares the project completed.</summary>
    public void Complete(CallerIdentity caller, DateOnly completedOn, DateTime now)
    {
        EnsureIn("complete", ProjectStatus.InExecution);
        EnsureLead(caller, "complete");
        if (ExecutionStartedOn is { } started && completedOn < started)
        {
            throw new DomainRuleException("project.completed-before-start", $"The project started on {started:yyyy-MM-dd}; it cannot be completed before.");
        }

        CompletedOn = completedOn;
        Status = ProjectStatus.Completed;
        var version = Record("complete", ProjectStatus.InExecution, Status, caller, now, null);
        Raise(new ProjectCompleted(Id, LeadRegionCode, AgreementId, completedOn, version, now));
    }

    /// <summary>The lead region or the secretariat cancels an unfinished project, with a mandatory reason.</summary>
    public void Cancel(CallerIdentity caller, string reason, DateTime now)
    {
        EnsureIn("cancel", Cancellable);
        if (caller.Region != LeadRegionCode && !caller.IsSecretariat)
        {
            throw new ForbiddenException("project.not-lead", "Only the lead region or the secretariat can cancel the project.");
        }

        CancellationReason = Required(reason, "reason");
        var from = Status;
        if (from == ProjectStatus.Submitted)
        {
            VoidRound("the project was cancelled", now);
        }

        Status = ProjectStatus.Cancelled;
        ReviewDueAt = null;
        var version = Record("cancel", from, Status, caller, now, reason);
        Raise(new ProjectCancelled(Id, LeadRegionCode, AgreementId, reason, version, now));
    }
}
