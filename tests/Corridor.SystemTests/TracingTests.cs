using System.Collections.Concurrent;
using System.Diagnostics;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests;

/// <summary>One trace runs from the coordinator's HTTP request through Lists' outbox and RabbitMQ into Teams' consumer.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TracingTests(SharedRabbitMq rabbitMq)
{
    private const string TestSourceName = "Corridor.SystemTests";
    private static readonly ActivitySource TestSource = new(TestSourceName);

    [SkippableFact]
    public async Task The_trace_of_the_final_approval_continues_into_the_consumer_in_Teams()
    {
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or "Corridor.Outbox" or "Microsoft.AspNetCore" or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var broker = await rabbitMq.GetBrokerAsync();
        await using var system = await CorridorSystem.StartAsync(await broker.CreateVirtualHostAsync());
        var projectId = await Scenario.SubmittedProjectAsync(system, DemoOrgans.Qinzhou, DemoOrgans.Guangdong, agreementId: null);
        await Scenario.ApproveAsync(system, projectId, TestTokens.Coordinator(DemoOrgans.Qinzhou));
        await Scenario.ApproveAsync(system, projectId, TestTokens.Coordinator(DemoOrgans.Guangdong));

        // The caller's own span: HttpClient propagates it to Lists as the W3C traceparent header.
        ActivityTraceId traceId;
        using (var caller = TestSource.StartActivity("secretariat approves", ActivityKind.Client))
        {
            traceId = caller!.TraceId;
            await Scenario.ApproveAsync(system, projectId, TestTokens.Secretariat());
        }

        await Eventually.TrueAsync(
            () => activities.Any(a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer && a.TraceId == traceId),
            TimeSpan.FromSeconds(30),
            "a MassTransit consume activity in Teams carries the request's trace id");
        Assert.Contains(activities, a => a.Source.Name == "Microsoft.AspNetCore" && a.TraceId == traceId);
        Assert.Contains(activities, a => a.Source.Name == "Corridor.Outbox" && a.TraceId == traceId);
    }
}
