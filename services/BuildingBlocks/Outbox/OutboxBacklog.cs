using System.Diagnostics.Metrics;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>
/// What is waiting in this service's outbox: the oldest undispatched row (quarantined rows aside) and how many rows
/// are quarantined. Measured by the dispatcher and the readiness check; exported as gauges, where the age keeps
/// growing between measurements, so a dispatcher that stopped measuring still shows its backlog ageing.
/// </summary>
public sealed class OutboxBacklog
{
    private readonly TimeProvider _clock;
    private long _oldestTicks;
    private long _quarantined;

    public OutboxBacklog(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        var meter = meters.Create(OutboxTelemetry.Name);
        meter.CreateObservableGauge("corridor.outbox.oldest_undispatched_age", () => OldestAge.TotalSeconds, "s", "Age of the oldest outbox row not yet published (0 when none waits); quarantined rows excluded");
        meter.CreateObservableGauge("corridor.outbox.quarantined_rows", () => Interlocked.Read(ref _quarantined), description: "Outbox rows quarantined after repeated failures, waiting for an operator");
    }

    public TimeSpan OldestAge
    {
        get
        {
            var ticks = Interlocked.Read(ref _oldestTicks);
            return ticks == 0 ? TimeSpan.Zero : Max(TimeSpan.Zero, _clock.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc));
        }
    }

    public long Quarantined => Interlocked.Read(ref _quarantined);

    public async Task MeasureAsync(ServiceDbContext db, CancellationToken cancellationToken)
    {
        var oldest = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.QuarantinedAt == null)
            .MinAsync(m => (DateTime?)m.OccurredAt, cancellationToken);
        var quarantined = await db.OutboxMessages.AsNoTracking()
            .CountAsync(m => m.DispatchedAt == null && m.QuarantinedAt != null, cancellationToken);
        Interlocked.Exchange(ref _oldestTicks, oldest?.Ticks ?? 0);
        Interlocked.Exchange(ref _quarantined, quarantined);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
