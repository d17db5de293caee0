using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Teams.Teams.Deployments;
using Corridor.Teams.Teams.Members;

namespace Corridor.Teams.Teams;

/// <summary>
/// A commando team (突击队, 临时党支部, 先锋攻坚小组) owned by an organ of one region, deployable to approved joint projects.
/// <para>
/// Who may act: the owning region (any organ of <see cref="RegionCode"/>) registers and manages its teams; the
/// projects' end (completed / cancelled) ends deployments without a caller. Forming → Active (explicitly or by the
/// first deployment) → StoodDown (final, with a reason; open deployments end with it).
/// </para>
/// <para>
/// Status changes carry the day they take effect (today by default, never in the future, never before the previous
/// change) and the instant they were recorded; statistics for a day count only what was recorded by its end, so a
/// figure once given for a past day never changes.
/// </para>
/// </summary>
public sealed class Team : AggregateRoot
{
    public const int MaxName = 200;
    public const int MaxText = 2000;
    public const int MaxPersonName = 100;
    public const int MaxExternalReference = 100;

    private readonly List<Deployment> _deployments = [];
    private readonly List<TeamMember> _members = [];
    private readonly List<ProblemCredit> _credits = [];
    private readonly List<TeamChange> _history = [];

    private Team()
    {
    }

    public TeamKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public string OwnerOrganId { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public string Mission { get; private set; } = "";

    public TeamStatus Status { get; private set; }

    public DateOnly FormedOn { get; private set; }

    /// <summary>For a temporary party branch: the party organisation it reports to (e.g. the organ's party committee).</summary>
    public string? ParentPartyOrganisation { get; private set; }

    /// <summary>For a temporary party branch: the day by which it must be dissolved.</summary>
    public DateOnly? DissolveBy { get; private set; }

    public DateOnly? ActivatedOn { get; private set; }

    public DateOnly? StoodDownOn { get; private set; }

    public string? StandDownReason { get; private set; }

    public DateTime RegisteredAt { get; private set; }

    /// <summary>The owning region's own identifier for the team, unique within that region; set by an upsert by reference.</summary>
    public string? ExternalReference { get; private set; }

    public TeamDetails Details => new(Kind, Name, Mission, FormedOn, ParentPartyOrganisation, DissolveBy);

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<Deployment> Deployments => _deployments;

    public IReadOnlyList<TeamMember> Members => _members;

    public IReadOnlyList<ProblemCredit> Credits => _credits;

    public IReadOnlyList<TeamChange> History => _history;

    /// <summary>The leader on <paramref name="day"/>, if one is in place.</summary>
    public TeamMember? LeaderOn(DateOnly day) => _members.FirstOrDefault(m => m.Role == MemberRole.Leader && m.IsOnTeam(day));

    public static Team Register(
        CallerIdentity caller,
        TeamKind kind,
        string name,
        string mission,
        DateOnly formedOn,
        string? parentPartyOrganisation,
        DateOnly? dissolveBy,
        DateTime now,
        string? externalReference = null)
    {
        if (!CorridorRegions.IsMember(caller.Region))
        {
            throw new ForbiddenException("team.not-a-member", "Only an organ of a corridor member region can register a team.");
        }

        if (formedOn > Today(now))
        {
            throw new DomainRuleException("team.formed-in-future", "A team is registered once it is formed; the formation date cannot be in the future.");
        }

        CheckBranchDetails(kind, parentPartyOrganisation, dissolveBy, formedOn);
        var team = new Team
        {
            Kind = kind,
            Name = Required(name, "name"),
            OwnerOrganId = caller.Organ,
            RegionCode = caller.Region,
            Mission = Required(mission, "mission"),
            Status = TeamStatus.Forming,
            FormedOn = formedOn,
            ParentPartyOrganisation = parentPartyOrganisation?.Trim(),
            DissolveBy = dissolveBy,
            RegisteredAt = now,
            ExternalReference = externalReference,
        };
        var version = team.Record(TeamChange.Register, null, formedOn, caller, now, $"{TeamKindRules.ChineseName(kind)} {team.Name}");
        team.Raise(new TeamRegistered(team.Id, kind.ToString(), team.Name, team.OwnerOrganId, team.RegionCode, formedOn, dissolveBy, version, now));
        return team;
    }

    /// <summary>
    /// The owning region edits the name, the mission and a branch's parent organisation and dissolution day. The kind
    /// and the formation day are what past statistics were computed from, so they stay; a branch is not dissolved
    /// before its deployments end. Returns the fields changed (none: nothing is recorded).
    /// </summary>
    public IReadOnlyList<string> Revise(CallerIdentity caller, TeamDetails details, DateTime now)
    {
        EnsureManager(caller);
        EnsureNotStoodDown("edit");
        if (details.Kind != Kind)
        {
            throw new DomainRuleException("team.kind-fixed", $"The team is a {Kind}; its kind does not change (stand it down and register a new team instead).");
        }

        if (details.FormedOn != FormedOn)
        {
            throw new DomainRuleException("team.formed-on-fixed", $"The team was formed on {FormedOn:yyyy-MM-dd}; past figures count it from that day, so it does not change.");
        }

        var parent = string.IsNullOrWhiteSpace(details.ParentPartyOrganisation) ? null : details.ParentPartyOrganisation.Trim();
        CheckBranchDetails(Kind, parent, details.DissolveBy, FormedOn);
        if (details.DissolveBy is { } dissolve && _deployments.FirstOrDefault(d => !d.IsEnded && (d.To is null || d.To > dissolve)) is { } running)
        {
            throw new DomainRuleException(
                "deployment.after-dissolution",
                $"The deployment to project {running.ProjectId} runs {(running.To is { } to ? $"until {to:yyyy-MM-dd}" : "open-ended")}; the branch cannot be dissolved before it ends.");
        }

        var name = Required(details.Name, "name").Trim();
        var mission = Required(details.Mission, "mission").Trim();
        var changed = new List<string>();
        if (name != Name)
        {
            changed.Add("name");
        }

        if (mission != Mission)
        {
            changed.Add("mission");
        }

        if (parent != ParentPartyOrganisation)
        {
            changed.Add("parentPartyOrganisation");
        }

        if (details.DissolveBy != DissolveBy)
        {
            changed.Add("dissolveBy");
        }

        if (changed.Count == 0)
        {
            return changed;
        }

        Name = name;
        Mission = mission;
        ParentPartyOrganisation = parent;
        DissolveBy = details.DissolveBy;
        var version = Record(TeamChange.Edit, Status, null, caller, now, "changed " + string.Join(", ", changed));
        Raise(new TeamRevised(Id, RegionCode, Name, DissolveBy, changed, version, now));
        return changed;
    }

    /// <summary>Forming → Active from <paramref name="effectiveOn"/> (today by default).</summary>
    public void Activate(CallerIdentity caller, DateOnly? effectiveOn, string? note, DateTime now)
    {
        EnsureManager(caller);
        EnsureIn("activate", TeamStatus.Forming);
        var day = EffectiveDay(effectiveOn, now);
        Status = TeamStatus.Active;
        ActivatedOn = day;
        var version = Record(TeamChange.Activate, TeamStatus.Forming, day, caller, now, note);
        Raise(new TeamActivated(Id, RegionCode, day, version, now));
    }

    /// <summary>Forming or Active → StoodDown (final); deployments still open on that day end with it.</summary>
    public void StandDown(CallerIdentity caller, string reason, DateOnly? effectiveOn, DateTime now)
    {
        EnsureManager(caller);
        EnsureIn("stand down", TeamStatus.Forming, TeamStatus.Active);
        Required(reason, "reason");
        var day = EffectiveDay(effectiveOn, now);
        var from = Status;
        Status = TeamStatus.StoodDown;
        StoodDownOn = day;
        StandDownReason = reason;
        var ending = _deployments.Where(d => d.IsOpenOn(day)).ToArray();
        foreach (var deployment in ending)
        {
            deployment.End(day, "team stood down", now);
        }

        var version = Record(TeamChange.StandDown, from, day, caller, now, reason);
        Raise(new TeamStoodDown(Id, RegionCode, day, reason, version, now));
        foreach (var deployment in ending)
        {
            Raise(new DeploymentEnded(Id, deployment.Id, deployment.ProjectId, day, "team stood down", version, now));
        }
    }

    /// <summary>
    /// Adds a person to the team from <paramref name="joinedOn"/>. The same person (name and organ) is on a team
    /// once at a time, and a team has one leader at a time: a new leader joins on or after the day the previous one left.
    /// </summary>
    public TeamMember AddMember(
        CallerIdentity caller, string personName, string organId, MemberRole role, bool partyMember, string? phone, DateOnly joinedOn, DateTime now)
    {
        EnsureManager(caller);
        EnsureNotStoodDown("add members to");
        var name = Required(personName, "person-name").Trim();
        if (!UnifiedSocialCreditCode.IsValid(organId))
        {
            throw new DomainRuleException("member.organ-code", "A member's organ is identified by a valid unified social credit code (GB 32100).");
        }

        var storedPhone = phone is null ? null : PhoneNumbers.Normalize(phone)
            ?? throw new DomainRuleException("member.phone", $"A phone number has {PhoneNumbers.MinDigits} to {PhoneNumbers.MaxDigits} digits (spaces, dashes and a leading + allowed).");

        if (joinedOn < FormedOn)
        {
            throw new DomainRuleException("member.before-formed", $"The team was formed on {FormedOn:yyyy-MM-dd}; nobody joins it before that.");
        }

        if (joinedOn > Today(now))
        {
            throw new DomainRuleException("member.join-in-future", "A member is added on or after the day they join, not before.");
        }

        if (_members.Any(m => m.IsSamePerson(name, organId) && m.Overlaps(joinedOn, null)))
        {
            throw new DomainRuleException("member.already-member", $"{name} of organ {organId} is already on the team in that period.");
        }

        if (role == MemberRole.Leader && _members.FirstOrDefault(m => m.Role == MemberRole.Leader && m.Overlaps(joinedOn, null)) is { } leader)
        {
            throw new DomainRuleException(
                "member.leader-overlap",
                $"The team has one leader at a time: {leader.PersonName} leads it from {leader.JoinedOn:yyyy-MM-dd}{(leader.LeftOn is { } left ? $" until {left:yyyy-MM-dd}" : "")}; the new leader joins once the current one has left.");
        }

        var member = new TeamMember(name, organId, role, partyMember, storedPhone, joinedOn, now);
        _members.Add(member);
        var version = Record("member-join", Status, joinedOn, caller, now, $"{name} joined as {role}");
        Raise(new MemberJoined(Id, member.Id, role.ToString(), partyMember, joinedOn, version, now));
        return member;
    }

    /// <summary>The member leaves; <paramref name="leftOn"/> is the first day no longer on the team.</summary>
    public TeamMember RemoveMember(CallerIdentity caller, Guid memberId, DateOnly leftOn, string? reason, DateTime now)
    {
        EnsureManager(caller);
        var member = _members.FirstOrDefault(m => m.Id == memberId)
            ?? throw new NotFoundException("Member", memberId.ToString());
        if (member.LeftOn is not null)
        {
            throw new DomainRuleException("member.already-left", $"{member.PersonName} left the team on {member.LeftOn:yyyy-MM-dd}.");
        }

        if (leftOn <= member.JoinedOn)
        {
            throw new DomainRuleException("member.leave-before-join", $"{member.PersonName} joined on {member.JoinedOn:yyyy-MM-dd}; the leaving day comes after it.");
        }

        if (leftOn > Today(now).AddDays(1))
        {
            throw new DomainRuleException("member.leave-in-future", "A departure is recorded when it happens: the leaving day is at most tomorrow (the first day off the team).");
        }

        member.Leave(leftOn, reason, now);
        var version = Record("member-leave", Status, leftOn, caller, now, $"{member.PersonName} ({member.Role}) left{(reason is null ? "" : ": " + reason)}");
        Raise(new MemberLeft(Id, member.Id, member.Role.ToString(), leftOn, version, now));
        return member;
    }

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

        if (endedOn < deployment.From.AddDays(-1))
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

    /// <summary>The owning region manages the team; everyone else may only read it.</summary>
    public bool IsManagedBy(CallerIdentity caller) => caller.Region == RegionCode;

    private void EnsureManager(CallerIdentity caller)
    {
        if (!IsManagedBy(caller))
        {
            throw new ForbiddenException("team.other-region", $"Only the owning region {RegionCode} manages this team.");
        }
    }

    private static void CheckBranchDetails(TeamKind kind, string? parentPartyOrganisation, DateOnly? dissolveBy, DateOnly formedOn)
    {
        if (TeamKindRules.IsTemporaryBranch(kind))
        {
            if (string.IsNullOrWhiteSpace(parentPartyOrganisation) || dissolveBy is null)
            {
                throw new DomainRuleException("team.branch-details", "A temporary party branch records its parent party organisation and the date it must be dissolved.");
            }

            if (dissolveBy <= formedOn)
            {
                throw new DomainRuleException("team.branch-details", "A temporary party branch must be dissolved after the day it was formed.");
            }
        }
        else if (parentPartyOrganisation is not null || dissolveBy is not null)
        {
            throw new DomainRuleException("team.branch-details-not-applicable", "Only a temporary party branch has a parent party organisation and a dissolution date.");
        }
    }

    private void EnsureIn(string action, params TeamStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException("team.illegal-transition", $"Cannot {action} a team that is {Status}.");
        }
    }

    private void EnsureNotStoodDown(string action)
    {
        if (Status == TeamStatus.StoodDown)
        {
            throw new DomainRuleException("team.stood-down", $"The team stood down on {StoodDownOn:yyyy-MM-dd}; you cannot {action} it.");
        }
    }

    private Deployment FindDeployment(Guid deploymentId) =>
        _deployments.FirstOrDefault(d => d.Id == deploymentId) ?? throw new NotFoundException("Deployment", deploymentId.ToString());

    private DateOnly EffectiveDay(DateOnly? requested, DateTime now)
    {
        var day = requested ?? Today(now);
        if (day > Today(now))
        {
            throw new DomainRuleException("team.effective-in-future", "A status change takes effect today or on a past day, not in the future.");
        }

        var last = LastStatusDay();
        if (day < last)
        {
            throw new DomainRuleException("team.effective-before-last-change", $"The team's last status change took effect on {last:yyyy-MM-dd}; a new one cannot take effect before it.");
        }

        return day;
    }

    private DateOnly LastStatusDay() =>
        _history.Where(h => TeamChange.StatusActions.Contains(h.Action)).Select(h => h.EffectiveOn ?? FormedOn).DefaultIfEmpty(FormedOn).Max();

    /// <summary>Adds an audit line and moves to the next version: once per change, whatever it records.</summary>
    private long Record(string action, TeamStatus? from, DateOnly? effectiveOn, CallerIdentity caller, DateTime now, string? note)
    {
        AddHistory(action, from, effectiveOn, caller, now, note);
        return NextVersion();
    }

    private void AddHistory(string action, TeamStatus? from, DateOnly? effectiveOn, CallerIdentity caller, DateTime now, string? note)
    {
        _history.Add(new TeamChange(action, from, Status, effectiveOn, caller.Actor, caller.Organ, caller.Region, now, note));
        UpdatedAt = now;
    }

    private static DateOnly Today(DateTime now) => DateOnly.FromDateTime(now);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException("team.missing-" + field, $"The {field.Replace('-', ' ')} is required.") : value;
}
