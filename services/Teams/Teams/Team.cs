using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;

namespace Corridor.Teams.Teams;

/// <summary>A commando team (突击队) owned by an organ of one region, deployable to approved joint projects.</summary>
public sealed class Team : AggregateRoot
{
    private readonly List<Deployment> _deployments = [];

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

    public DateTime RegisteredAt { get; private set; }

    public IReadOnlyList<Deployment> Deployments => _deployments;

    public static Team Register(TeamKind kind, string name, string ownerOrganId, string regionCode, string mission, DateOnly formedOn, DateTime now)
    {
        var team = new Team
        {
            Kind = kind,
            Name = name,
            OwnerOrganId = ownerOrganId,
            RegionCode = regionCode,
            Mission = mission,
            Status = TeamStatus.Forming,
            FormedOn = formedOn,
            RegisteredAt = now,
        };
        team.NextVersion();
        return team;
    }

    /// <summary>
    /// Deploys the team to a project that the caller has confirmed is approved. A team is not in two
    /// places at once: overlapping deployments to a different project are refused.
    /// </summary>
    public Deployment Deploy(Guid projectId, DateOnly from, DateOnly? to, string task, DateTime now)
    {
        if (Status == TeamStatus.StoodDown)
        {
            throw new DomainRuleException("team.stood-down", "A team that has stood down cannot be deployed.");
        }

        if (to is { } end && end < from)
        {
            throw new DomainRuleException("deployment.period", "A deployment cannot end before it starts.");
        }

        if (from < FormedOn)
        {
            throw new DomainRuleException("deployment.before-formed", $"The team was formed on {FormedOn:yyyy-MM-dd}; it cannot be deployed before that.");
        }

        var clash = _deployments.FirstOrDefault(d => d.Overlaps(from, to));
        if (clash is not null)
        {
            throw new DomainRuleException("deployment.overlap", $"The team is already deployed to project {clash.ProjectId} from {clash.From:yyyy-MM-dd} in an overlapping period.");
        }

        var deployment = new Deployment(projectId, from, to, task, now);
        _deployments.Add(deployment);
        if (Status == TeamStatus.Forming)
        {
            Status = TeamStatus.Active;
        }

        var version = NextVersion();
        Raise(new TeamDeployed(Id, deployment.Id, projectId, from, to, version, now));
        return deployment;
    }
}
