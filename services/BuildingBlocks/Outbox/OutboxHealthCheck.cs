using Corridor.BuildingBlocks.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>
/// Readiness as the outbox sees it. Writes stay safe while the broker is down (their events wait in the outbox), so
/// a broker outage alone keeps the service ready; what makes it unready is events waiting too long to leave.
/// </summary>
public sealed class OutboxHealthCheck<TContext>(TContext db, OutboxBacklog backlog, OutboxOptions options) : IHealthCheck
    where TContext : ServiceDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await backlog.MeasureAsync(db, cancellationToken);
        var age = backlog.OldestAge;
        var data = new Dictionary<string, object> { ["oldestUndispatchedAgeSeconds"] = Math.Round(age.TotalSeconds, 1), ["quarantinedRows"] = backlog.Quarantined };
        var description = $"oldest undispatched event {age.TotalSeconds:0.#} s old, {backlog.Quarantined} quarantined";
        if (age > options.BacklogUnhealthyAfter)
        {
            return HealthCheckResult.Unhealthy($"{description} (unready over {options.BacklogUnhealthyAfter})", data: data);
        }

        return age > options.BacklogDegradedAfter || backlog.Quarantined > 0
            ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
