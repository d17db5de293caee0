using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// Turns a disabled endpoint back on: its pending deliveries go out again; the ones that failed meanwhile are replayed
/// by <see cref="ReplayRange"/>.
/// </summary>
public sealed record EnableEndpoint(Guid Id) : IUseCase<WebhookEndpointView>;

internal sealed class EnableEndpointRule(CallerIdentity caller) : WebhookManagerRule<EnableEndpoint>(caller);

internal sealed class EnableEndpointHandler(NotificationsDbContext db, CallerRegionWebhooks endpoints) : IUseCaseHandler<EnableEndpoint, WebhookEndpointView>
{
    public async Task<WebhookEndpointView> HandleAsync(EnableEndpoint request, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(request.Id, cancellationToken);
        endpoint.Enable();
        await db.SaveChangesAsync(cancellationToken);
        return WebhookEndpointView.Of(endpoint);
    }
}
