using Corridor.Agreements.Agreements;

namespace Corridor.Agreements.Scorecards;

/// <summary>The counting rule of the scorecard, apart from where the figures come from.</summary>
public static class ScorecardCalculator
{
    public static IReadOnlyList<AreaScore> Score(
        IEnumerable<AreaPlan> plans, IEnumerable<AreaTally> activities, int approvedProjects)
    {
        var planned = plans.GroupBy(p => p.Area).ToDictionary(g => g.Key, g => g.Sum(p => p.Planned));
        var tallies = activities.GroupBy(t => t.Area).ToDictionary(g => g.Key, g => (Count: g.Sum(t => t.Activities), Participants: g.Sum(t => t.Participants)));
        return Enum.GetValues<CooperationArea>().Select(area =>
        {
            var (count, participants) = tallies.GetValueOrDefault(area);
            var projects = area == CooperationArea.JointProjects ? approvedProjects : 0;
            var actual = area == CooperationArea.JointProjects ? projects : count;
            return new AreaScore(area, planned.GetValueOrDefault(area), actual, count, projects, participants);
        }).ToArray();
    }

    /// <summary>Adds up the scores of several agreements area by area (region and conference roll-ups).</summary>
    public static IReadOnlyList<AreaScore> Sum(IEnumerable<IReadOnlyList<AreaScore>> scorecards)
    {
        var all = scorecards.SelectMany(s => s).ToArray();
        return Enum.GetValues<CooperationArea>().Select(area =>
        {
            var rows = all.Where(s => s.Area == area).ToArray();
            return new AreaScore(area, rows.Sum(r => r.Planned), rows.Sum(r => r.Actual), rows.Sum(r => r.Activities), rows.Sum(r => r.ApprovedProjects), rows.Sum(r => r.Participants));
        }).ToArray();
    }
}

/// <summary>Activities of one agreement in one area and year: how many and how many took part.</summary>
public sealed record AreaTally(Guid AgreementId, CooperationArea Area, int Activities, int Participants);
