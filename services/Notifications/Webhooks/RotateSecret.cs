using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;
using FluentValidation;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// A new signing secret at once; for <see cref="Overlap"/> (default 24 h, at most 7 days) every delivery carries the old
/// secret's signature too, so the receiver can switch whenever it likes within the window.
/// </summary>
public sealed record RotateSecret(Guid Id, TimeSpan? Overlap) : IUseCase<WebhookSecretView>
{
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromHours(24);
    public static readonly TimeSpan MaxOverlap = TimeSpan.FromDays(7);
}

internal sealed class RotateSecretRule(CallerIdentity caller) : WebhookManagerRule<RotateSecret>(caller);

internal sealed class RotateSecretValidator : AbstractValidator<RotateSecret>
{
    public RotateSecretValidator() =>
        RuleFor(r => r.Overlap).InclusiveBetween(TimeSpan.Zero, RotateSecret.MaxOverlap).When(r => r.Overlap is not null)
            .WithMessage("The overlap is between 0 and 7 days.");
}

internal sealed class RotateSecretHandler(NotificationsDbContext db, CallerRegionWebhooks endpoints, TimeProvider clock) : IUseCaseHandler<RotateSecret, WebhookSecretView>
{
    public async Task<WebhookSecretView> HandleAsync(RotateSecret request, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(request.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        endpoint.Rotate(WebhookSecrets.New(), request.Overlap ?? RotateSecret.DefaultOverlap, now);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookSecretView.Of(endpoint, now);
    }
}
