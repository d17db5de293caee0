using Corridor.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.ChangeFeed;

public static class ChangeFeedExtensions
{
    /// <summary>
    /// Journals every change of the tracked aggregates (in ServiceDbContext.SaveChangesAsync) and serves the feed.
    /// Start-up fails when an aggregate of the model is not tracked, so no record type is silently left out.
    /// </summary>
    public static IHostApplicationBuilder AddChangeFeed<TContext>(
        this IHostApplicationBuilder builder, string feedName, Action<ChangeFeedRegistry> track)
        where TContext : ServiceDbContext
    {
        var registry = new ChangeFeedRegistry(feedName);
        track(registry);
        builder.Services.AddSingleton(registry);
        builder.Services.AddSingleton(builder.Configuration.GetSection(ChangeFeedOptions.Section).Get<ChangeFeedOptions>() ?? new ChangeFeedOptions());
        builder.Services.AddScoped(sp => new ChangeFeedReader(sp.GetRequiredService<TContext>(), registry, sp.GetService<IChangeContentFilter>()));
        builder.Services.AddSingleton<ChangeFeedFollowers>();
        builder.Services.AddHostedService<ChangeFeedStartupCheck<TContext>>();
        return builder;
    }
}
