using MassTransit;
using MassTransit.RabbitMqTransport;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Messaging;

/// <summary>
/// Outside the quick retries: a message whose retries all failed goes back to the broker for a later delivery
/// (<see cref="MessagingOptions.RedeliveryIntervals"/>, 1 min, 5 min, 15 min, 1 h by default) and only after the
/// last one to <c>&lt;queue&gt;_error</c>, so an outage of a consumer's database that outlasts the retries parks nothing.
/// </summary>
internal sealed partial class DelayedRedeliveryFilter<TMessage>(IReadOnlyList<TimeSpan> intervals, ILogger logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            var redelivered = context.ReceiveContext.TransportHeaders.Get(DelayQueues.RedeliveryCountHeader, (int?)0) ?? 0;
            if (redelivered >= intervals.Count
                || context.ReceiveContext is not RabbitMqReceiveContext received
                || !received.TryGetPayload<ChannelContext>(out var channel))
            {
                throw;
            }

            var queue = context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
            await DelayQueues.DelayAsync(channel, received, queue, intervals[redelivered], redelivered + 1, context.CancellationToken);
            // The message is now the delay queue's: acknowledge this delivery instead of moving it to _error or _skipped.
            await context.NotifyConsumed(context, context.ReceiveContext.ElapsedTime, "corridor-delayed-redelivery");
            LogRedeliveryScheduled(ex, context.MessageId, queue, redelivered + 1, intervals.Count, intervals[redelivered]);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("corridorDelayedRedelivery");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} on {Queue} failed its retries; redelivery {Redelivery} of {Redeliveries} in {Delay}")]
    private partial void LogRedeliveryScheduled(Exception exception, Guid? messageId, string queue, int redelivery, int redeliveries, TimeSpan delay);
}
