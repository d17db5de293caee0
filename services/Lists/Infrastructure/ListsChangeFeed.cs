using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Lists.Matching;
using Corridor.Lists.Problems;
using Corridor.Lists.Projects;
using Corridor.Lists.Projects.Review;
using Corridor.Lists.Resources;

namespace Corridor.Lists.Infrastructure;

/// <summary>The Lists change feed: problems, resources, joint projects and matches, as their REST views without organ names.</summary>
public static class ListsChangeFeed
{
    public const string FeedName = "lists";

    public static IHostApplicationBuilder AddListsChangeFeed(this IHostApplicationBuilder builder)
    {
        var policy = builder.Configuration.GetSection(ReviewPolicy.Section).Get<ReviewPolicy>() ?? new ReviewPolicy();
        return builder.AddChangeFeed<ListsDbContext>(FeedName, feed => feed
            .Track<Problem>("problem", p => p.RaisedByRegionCode, FeedWithoutOrganNames.Of<Problem>(p => ProblemResponse.From(p, DateOnly.MinValue)),
                nameof(Problem.Status), nameof(ProblemStatus.Duplicate), omit: ["overdue", "daysOverdue"])
            .Track<Resource>("resource", r => r.RegionCode, FeedWithoutOrganNames.Of<Resource>(ResourceResponse.From), nameof(Resource.Status))
            .Track<Project>("project", p => p.LeadRegionCode, FeedWithoutOrganNames.Of<Project>(p => ProjectResponse.From(p, policy, DateTime.MinValue)),
                nameof(Project.Status), omit: ["reviewOverdue", "agreement", "deployedTeams"])
            .Track<Match>("match", m => m.RaisingRegionCode, FeedWithoutOrganNames.Of<Match>(MatchResponse.From), nameof(Match.Status)));
    }
}
