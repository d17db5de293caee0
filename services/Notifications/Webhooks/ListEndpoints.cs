using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Webhooks;

/// <summary>The caller region's endpoints, oldest first (a region has at most <see cref="WebhookOptions.MaxEndpointsPerRegion"/>).</summary>
public sealed record ListEndpoints : IUseCase<IReadOnlyList<WebhookEndpointView>>;

internal sealed class ListEndpointsRule(CallerIdentity caller) : WebhookManagerRule<ListEndpoints>(caller);

internal sealed class ListEndpointsHandler(CallerRegionWebhooks endpoints) : IUseCaseHandler<ListEndpoints, IReadOnlyList<WebhookEndpointView>>
{
    public async Task<IReadOnlyList<WebhookEndpointView>> HandleAsync(ListEndpoints request, CancellationToken cancellationToken)
    {
        var rows = await endpoints.All.AsNoTracking().OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return rows.Select(WebhookEndpointView.Of).ToArray();
    }
}
