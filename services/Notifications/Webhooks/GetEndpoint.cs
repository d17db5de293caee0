using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Notifications.Webhooks;

public sealed record GetEndpoint(Guid Id) : IUseCase<WebhookEndpointView>;

internal sealed class GetEndpointRule(CallerIdentity caller) : WebhookManagerRule<GetEndpoint>(caller);

internal sealed class GetEndpointHandler(CallerRegionWebhooks endpoints) : IUseCaseHandler<GetEndpoint, WebhookEndpointView>
{
    public async Task<WebhookEndpointView> HandleAsync(GetEndpoint request, CancellationToken cancellationToken) =>
        WebhookEndpointView.Of(await endpoints.FindAsync(request.Id, cancellationToken));
}
