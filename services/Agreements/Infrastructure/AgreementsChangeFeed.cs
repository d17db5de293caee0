using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using Corridor.BuildingBlocks.ChangeFeed;

namespace Corridor.Agreements.Infrastructure;

/// <summary>The Agreements change feed: agreements and activities, as their REST views.</summary>
public static class AgreementsChangeFeed
{
    public const string FeedName = "agreements";

    public static IHostApplicationBuilder AddAgreementsChangeFeed(this IHostApplicationBuilder builder) =>
        builder.AddChangeFeed<AgreementsDbContext>(FeedName, feed => feed
            .Track<Agreement>("agreement", a => a.DraftingRegionCode ?? a.Parties[0].RegionCode, AgreementResponse.From, nameof(Agreement.Status))
            .Track<Activity>("activity", a => a.RecordedByRegionCode, ActivityResponse.From));
}
