using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Webhooks;

/// <summary>Sends again every delivery of the endpoint created in [<see cref="From"/>, <see cref="To"/>), each with its own webhook-id.</summary>
public sealed record ReplayRange(Guid EndpointId, DateTime? From, DateTime? To) : IUseCase<ReplayedRange>;

public sealed record ReplayedRange(int Replayed);

internal sealed class ReplayRangeRule(CallerIdentity caller) : WebhookManagerRule<ReplayRange>(caller);

internal sealed class ReplayRangeValidator : AbstractValidator<ReplayRange>
{
    public ReplayRangeValidator()
    {
        RuleFor(r => r.From).NotNull();
        RuleFor(r => r.To).NotNull().GreaterThan(r => r.From).When(r => r.From is not null).WithMessage("'to' comes after 'from'.");
    }
}

internal sealed class ReplayRangeHandler(NotificationsDbContext db, CallerRegionWebhooks endpoints, TimeProvider clock) : IUseCaseHandler<ReplayRange, ReplayedRange>
{
    public async Task<ReplayedRange> HandleAsync(ReplayRange request, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(request.EndpointId, cancellationToken);
        var from = request.From!.Value.ToUniversalTime();
        var to = request.To!.Value.ToUniversalTime();
        var now = clock.GetUtcNow().UtcDateTime;
        var replayed = await db.Set<WebhookDelivery>()
            .Where(d => d.EndpointId == endpoint.Id && d.CreatedAt >= from && d.CreatedAt < to)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending).SetProperty(d => d.RetryStep, 0).SetProperty(d => d.NextAttemptAt, now)
                    .SetProperty(d => d.LeaseToken, (Guid?)null).SetProperty(d => d.LeasedUntil, (DateTime?)null),
                cancellationToken);
        return new ReplayedRange(replayed);
    }
}
