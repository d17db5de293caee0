using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Teams.Teams.Deployments;

namespace Corridor.Teams.Teams;

/// <summary>Deployments to approved projects, their outcomes, and the problems the team is credited on.</summary>
public sealed partial class Team
{
    /// <summary>
    /// Deploys the team to a project that the caller has confirmed is approved. A Forming team becomes Active.
    /// Overlapping deployments are refused on the same project always, and on different projects unless the
    /// team's kind allows it (<see cref="TeamKindRules.AllowsConcurrentDeployments"/>). A temporary party branch is
    /// not deployed beyond the day it must be dissolved.
    /// </summary>
    public Deployment Deploy(CallerIdentity caller, Guid projectId, DateOnly from, DateOnly? to, string task, DateTime now)
    {
        EnsureManager(caller);
        EnsureNotStoodDown("deploy");
        if (to is { } end && end < from)
        {
            throw new DomainRuleException("deployment.period", "A deployment cannot end before it starts.");
        }

        if (from < FormedOn)
        {
            throw new DomainRuleException("deployment.before-formed", $"The team was formed on {FormedOn:yyyy-MM-dd}; it cannot be deployed before that.");
        }

        if (DissolveBy is { } dissolve && (to is null || to > dissolve))
        {
            throw new DomainRuleException("deployment.after-dissolution", $"This temporary party branch must be dissolved by {dissolve:yyyy-MM-dd}; its deployments end by then.");
        }

        var concurrent = TeamKindRules.AllowsConcurrentDeployments(Kind);
        var clash = _deployments.FirstOrDefault(d => d.Overlaps(from, to) && (!concurrent || d.ProjectId == projectId));
        if (clash is not null)
        {
            var why = clash.ProjectId == projectId ? "to the same project" : $"and a {Kind} is deployed to one project at a time";
            throw new DomainRuleException(
                "deployment.overlap",
                $"The team is already deployed to project {clash.ProjectId} from {clash.From:yyyy-MM-dd} in an overlapping period {why}.");
        }

        var deployment = new Deployment(projectId, from, to, Required(task, "task"), now);
        _deployments.Add(deployment);
        var activatedOn = (DateOnly?)null;
        if (Status == TeamStatus.Forming)
        {
            // The first deployment puts the team to work: Active from the deployment's start, or today if it starts later.
            activatedOn = Max(LastStatusDay(), Min(from, Today(now)));
            Status = TeamStatus.Active;
            ActivatedOn = activatedOn;
            AddHistory(TeamChange.Activate, TeamStatus.Forming, activatedOn, caller, now, "first deployment");
        }

        var version = Record("deploy", Status, from, caller, now, $"project {projectId}: {task}");
        if (activatedOn is { } day)
        {
            Raise(new TeamActivated(Id, RegionCode, day, version, now));
        }

        Raise(new TeamDeployed(Id, deployment.Id, projectId, from, to, version, now));
        return deployment;
    }

    /// <summary>The owner ends a deployment early; <paramref name="endedOn"/> is its last day (before its start: called off).</summary>
    public Deployment EndDeployment(CallerIdentity caller, Guid deploymentId, DateOnly endedOn, string reason, DateTime now)
    {
        EnsureManager(caller);
        var deployment = FindDeployment(deploymentId);
        if (deployment.IsEnded)
        {
            throw new DomainRuleException("deployment.already-ended", $"The deployment ended on {deployment.EndedOn:yyyy-MM-dd} ({deployment.EndReason}).");
        }

        if (deployment.To is { } planned && endedOn >= planned)
        {
            throw new DomainRuleException("deployment.end-after-planned", $"The deployment is planned to end on {planned:yyyy-MM-dd}; ending it means an earlier day.");
        }

        if (endedOn.DayNumber < deployment.From.DayNumber - 1)
        {
            throw new DomainRuleException("deployment.end-before-start", $"The deployment starts on {deployment.From:yyyy-MM-dd}; to call it off, end it on the day before.");
        }

        var reasonText = Required(reason, "reason");
        deployment.End(endedOn, reasonText, now);
        var version = Record("end-deployment", Status, endedOn, caller, now, $"project {deployment.ProjectId}: {reasonText}");
        Raise(new DeploymentEnded(Id, deployment.Id, deployment.ProjectId, endedOn, reasonText, version, now));
        return deployment;
    }

    /// <summary>
    /// The project completed or was cancelled: every deployment to it still open on <paramref name="endedOn"/> ends
    /// that day. Applying the same end twice changes nothing. Returns the deployments ended.
    /// </summary>
    public IReadOnlyList<Deployment> EndDeploymentsToProject(Guid projectId, DateOnly endedOn, string reason, DateTime now)
    {
        var ending = _deployments.Where(d => d.ProjectId == projectId && d.IsOpenOn(endedOn)).ToArray();
        if (ending.Length == 0)
        {
            return [];
        }

        foreach (var deployment in ending)
        {
            deployment.End(endedOn, reason, now);
        }

        var system = new CallerIdentity("system", RegionCode, "", []);
        var version = Record("end-deployment", Status, endedOn, system, now, $"project {projectId}: {reason}");
        foreach (var deployment in ending)
        {
            Raise(new DeploymentEnded(Id, deployment.Id, projectId, endedOn, reason, version, now));
        }

        return ending;
    }

    public DeploymentOutcome RecordOutcome(CallerIdentity caller, Guid deploymentId, string text, DateTime now)
    {
        EnsureManager(caller);
        var deployment = FindDeployment(deploymentId);
        if (deployment.From > Today(now))
        {
            throw new DomainRuleException("deployment.not-started", $"The deployment starts on {deployment.From:yyyy-MM-dd}; outcomes are recorded once it is under way.");
        }

        var outcome = new DeploymentOutcome(Required(text, "text"), caller.Actor, now);
        deployment.AddOutcome(outcome);
        Record("outcome", Status, null, caller, now, $"project {deployment.ProjectId}: {text}");
        return outcome;
    }

    /// <summary>Credits the team on a problem it helped resolve; the caller has confirmed the problem is resolved in Lists.</summary>
    public ProblemCredit CreditProblem(CallerIdentity caller, Guid problemId, Guid? deploymentId, string? note, DateTime now)
    {
        EnsureManager(caller);
        if (deploymentId is { } id)
        {
            FindDeployment(id);
        }

        if (_credits.Any(c => c.ProblemId == problemId))
        {
            throw new DomainRuleException("credit.duplicate", $"The team is already credited on problem {problemId}.");
        }

        var credit = new ProblemCredit(problemId, deploymentId, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), caller.Actor, now);
        _credits.Add(credit);
        Record("credit", Status, null, caller, now, $"problem {problemId}{(credit.Note is null ? "" : ": " + credit.Note)}");
        return credit;
    }

    private Deployment FindDeployment(Guid deploymentId) =>
        _deployments.FirstOrDefault(d => d.Id == deploymentId) ?? throw new NotFoundException("Deployment", deploymentId.ToString());
}
