using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;

namespace Corridor.Notifications.Webhooks;

/// <summary>Removes an endpoint with its deliveries and their log; nothing more is sent to it.</summary>
public sealed record DeleteEndpoint(Guid Id) : IUseCase<DeletedEndpoint>;

public sealed record DeletedEndpoint(Guid Id);

internal sealed class DeleteEndpointRule(CallerIdentity caller) : WebhookManagerRule<DeleteEndpoint>(caller);

internal sealed class DeleteEndpointHandler(NotificationsDbContext db, CallerRegionWebhooks endpoints) : IUseCaseHandler<DeleteEndpoint, DeletedEndpoint>
{
    public async Task<DeletedEndpoint> HandleAsync(DeleteEndpoint request, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(request.Id, cancellationToken);
        db.Set<WebhookEndpoint>().Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new DeletedEndpoint(endpoint.Id);
    }
}
