using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.Teams.Teams;

/// <summary>A team's status changes: Forming → Active → StoodDown, each effective on a day.</summary>
public sealed partial class Team
{
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

    private void EnsureIn(string action, params TeamStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException("team.illegal-transition", $"Cannot {action} a team that is {Status}.");
        }
    }


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
}
