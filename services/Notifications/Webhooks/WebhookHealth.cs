using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// Keeps each endpoint's <see cref="WebhookEndpoint.FailingSince"/> from its attempts, and disables an endpoint that has
/// failed without a single success for <see cref="WebhookOptions.DisableAfter"/>, telling its region's coordinators in
/// the same transaction.
/// </summary>
public sealed partial class WebhookHealth(
    NotificationsDbContext db, NotificationWriter writer, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookHealth> logger)
{
    public const string DisabledKind = "webhook.disabled";

    public async Task RecordAsync(IReadOnlyList<(WebhookDelivery Delivery, WebhookAttempt Attempt)> attempts, CancellationToken cancellationToken)
    {
        foreach (var byEndpoint in attempts.GroupBy(a => a.Delivery.EndpointId))
        {
            var last = byEndpoint.Select(a => a.Attempt).MaxBy(a => a.At)!;
            var endpoints = db.Set<WebhookEndpoint>().Where(e => e.Id == byEndpoint.Key);
            if (last.Succeeded)
            {
                await endpoints.Where(e => e.FailingSince != null).ExecuteUpdateAsync(s => s.SetProperty(e => e.FailingSince, (DateTime?)null), cancellationToken);
                continue;
            }

            var failedAt = byEndpoint.Select(a => a.Attempt).Where(a => !a.Succeeded).Min(a => a.At);
            await endpoints.Where(e => e.FailingSince == null).ExecuteUpdateAsync(s => s.SetProperty(e => e.FailingSince, failedAt), cancellationToken);
            await DisableIfFailingTooLongAsync(byEndpoint.Key, cancellationToken);
        }
    }

    private async Task DisableIfFailingTooLongAsync(Guid endpointId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var failingSince = now - options.Value.DisableAfter;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var reason = $"Every attempt failed since {failingSince:yyyy-MM-dd HH:mm} UTC ({options.Value.DisableAfter.TotalDays:0.#} days).";
            // Conditional, so of two replicas finding the endpoint failing only one disables it and tells the coordinators.
            var disabled = await db.Set<WebhookEndpoint>()
                .Where(e => e.Id == endpointId && e.Status == WebhookEndpointStatus.Active && e.FailingSince != null && e.FailingSince <= failingSince)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(e => e.Status, WebhookEndpointStatus.Disabled).SetProperty(e => e.DisabledReason, reason)
                        .SetProperty(e => e.DisabledAt, now).SetProperty(e => e.Version, e => e.Version + 1),
                    cancellationToken);
            if (disabled == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return;
            }

            var endpoint = await db.Set<WebhookEndpoint>().AsNoTracking().SingleAsync(e => e.Id == endpointId, cancellationToken);
            await writer.AddAsync(Draft(endpoint), [Audience.Coordinators(endpoint.RegionCode)], $"{DisabledKind}:{endpoint.Id:N}:{endpoint.Version}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogDisabled(endpoint.Id, endpoint.RegionCode, endpoint.Url);
        });
    }

    private static NotificationDraft Draft(WebhookEndpoint endpoint) => new(
        DisabledKind,
        NotificationSeverity.Red,
        new RecordRef("notifications", "webhook", endpoint.Id),
        new NotificationText(
            $"Webhook 接收地址已停用：{endpoint.Url}",
            $"该地址连续 {endpoint.FailingSince:yyyy-MM-dd HH:mm} (UTC) 起每次推送均失败，已自动停用。修复接收方后请在接口中重新启用，并可重放停用期间失败的推送。"),
        new NotificationText(
            $"Webhook endpoint disabled: {endpoint.Url}",
            $"Every delivery to it failed since {endpoint.FailingSince:yyyy-MM-dd HH:mm} UTC, so it was disabled. Fix the receiver, enable it again through the API, and replay what failed meanwhile."));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Disabled webhook endpoint {EndpointId} of region {RegionCode} ({Url}): failing too long")]
    private partial void LogDisabled(Guid endpointId, string regionCode, string url);
}
