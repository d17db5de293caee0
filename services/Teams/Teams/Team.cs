using Corridor.BuildingBlocks.Domain;
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
public sealed partial class Team : AggregateRoot
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
    public TeamMember? LeaderOn(DateOnly day) => LeaderAmong(_members, day);

    /// <summary>The rule of <see cref="LeaderOn"/> over a team's members as read, without the aggregate.</summary>
    public static TeamMember? LeaderAmong(IEnumerable<TeamMember> members, DateOnly day) => members.FirstOrDefault(m => m.Role == MemberRole.Leader && m.IsOnTeam(day));

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

    private void EnsureNotStoodDown(string action)
    {
        if (Status == TeamStatus.StoodDown)
        {
            throw new DomainRuleException("team.stood-down", $"The team stood down on {StoodDownOn:yyyy-MM-dd}; you cannot {action} it.");
        }
    }

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
