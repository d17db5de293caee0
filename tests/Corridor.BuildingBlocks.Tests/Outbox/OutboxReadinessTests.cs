using System.Diagnostics.Metrics;
using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Corridor.BuildingBlocks.Tests.Outbox;

/// <summary>
/// Readiness with an outbox in front of the broker (ADR 0016): a broker outage alone leaves the service ready
/// (Degraded, HTTP 200), events waiting longer than Outbox:BacklogUnhealthyAfter make it unready; the oldest
/// waiting event's age is a gauge.
/// </summary>
public sealed class OutboxReadinessTests
{
    [Fact]
    public async Task While_the_broker_is_down_readiness_turns_unhealthy_only_when_the_oldest_waiting_event_is_older_than_its_threshold()
    {
        var unreachable = new Uri($"amqp://guest:guest@127.0.0.1:{FreePorts.Next()}/");
        await using var host = await MessagingTestHost.StartAsync(unreachable, waitUntilReady: false, settings: new Dictionary<string, string?>
        {
            ["Outbox:BacklogDegradedAfter"] = "00:01:00",
            ["Outbox:BacklogUnhealthyAfter"] = "00:05:00",
        });
        var health = host.Host.Services.GetRequiredService<HealthCheckService>();

        await host.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(Activated(DateTime.UtcNow.AddMinutes(-2)))));
        var recent = await health.CheckHealthAsync(c => c.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Degraded, recent.Status);
        Assert.Equal(HealthStatus.Degraded, recent.Entries["masstransit-bus"].Status);

        await host.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(Activated(DateTime.UtcNow.AddMinutes(-10)))));
        var stale = await health.CheckHealthAsync(c => c.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Entries["outbox"].Status);
        Assert.InRange(OldestAgeGauge(host), 599, 700);
    }

    [Fact]
    public async Task A_broker_outage_counts_no_attempt_so_it_never_quarantines_a_row()
    {
        var unreachable = new Uri($"amqp://guest:guest@127.0.0.1:{FreePorts.Next()}/");
        await using var host = await MessagingTestHost.StartAsync(unreachable, waitUntilReady: false, configure: MessagingTestHost.WithoutDispatcher);
        await host.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(Activated(DateTime.UtcNow))));
        var dispatcher = new OutboxDispatcher<TestDbContext>(
            host.Host.Services.GetRequiredService<IServiceScopeFactory>(), host.Bus, new OutboxSignal(),
            new OutboxOptions { MaxAttempts = 1, PublishTimeout = TimeSpan.FromMilliseconds(300), LeaseDuration = TimeSpan.FromSeconds(5) },
            host.Host.Services.GetRequiredService<OutboxBacklog>(), TimeProvider.System, NullLogger<OutboxDispatcher<TestDbContext>>.Instance);

        await Assert.ThrowsAnyAsync<Exception>(() => dispatcher.DispatchBatchAsync(CancellationToken.None));

        var row = await host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(0, row.Attempts);
        Assert.Null(row.QuarantinedAt);
        Assert.Null(row.DispatchedAt);
    }

    private static double OldestAgeGauge(MessagingTestHost host)
    {
        var meters = host.Host.Services.GetRequiredService<IMeterFactory>();
        double age = -1;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Name == "corridor.outbox.oldest_undispatched_age")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => age = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return age;
    }

    private static AgreementActivated Activated(DateTime occurredAt) =>
        new(Guid.NewGuid(), "PairingAgreement", "waiting", [], 1, occurredAt);
}
