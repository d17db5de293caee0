using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Notifications.Webhooks;

/// <summary>The endpoint's signing secret (and the previous one while a rotation overlaps), for its receiver to verify with.</summary>
public sealed record GetSecret(Guid Id) : IUseCase<WebhookSecretView>;

internal sealed class GetSecretRule(CallerIdentity caller) : WebhookManagerRule<GetSecret>(caller);

internal sealed class GetSecretHandler(CallerRegionWebhooks endpoints, TimeProvider clock) : IUseCaseHandler<GetSecret, WebhookSecretView>
{
    public async Task<WebhookSecretView> HandleAsync(GetSecret request, CancellationToken cancellationToken) =>
        WebhookSecretView.Of(await endpoints.FindAsync(request.Id, cancellationToken), clock.GetUtcNow().UtcDateTime);
}
