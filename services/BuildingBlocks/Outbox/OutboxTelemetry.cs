using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>The outbox's activity source and counters; its gauges live in <see cref="OutboxBacklog"/> under the same meter name.</summary>
public static class OutboxTelemetry
{
    public const string Name = "Corridor.Outbox";

    internal static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Published = Meter.CreateCounter<long>("corridor.outbox.published", description: "Outbox rows published and confirmed by the broker");
    internal static readonly Counter<long> Failures = Meter.CreateCounter<long>("corridor.outbox.failures", description: "Dispatch rounds that failed and backed off");
    internal static readonly Counter<long> Quarantined = Meter.CreateCounter<long>("corridor.outbox.quarantined", description: "Outbox rows quarantined after failing Outbox:MaxAttempts times");
}
