using Corridor.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>Refuses to start when an aggregate of the model would be missing from the change feed.</summary>
internal sealed class ChangeFeedStartupCheck<TContext>(IServiceScopeFactory scopes, ChangeFeedRegistry registry) : IHostedService
    where TContext : ServiceDbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var untracked = registry.UntrackedAggregates(scope.ServiceProvider.GetRequiredService<TContext>().Model);
        if (untracked.Count > 0)
        {
            throw new InvalidOperationException($"Register these aggregates with the change feed: {string.Join(", ", untracked)}.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
