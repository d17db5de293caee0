using MassTransit;
using MassTransit.Configuration;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Messaging;

/// <summary>
/// Adds <see cref="DelayedRedeliveryFilter{TMessage}"/> to each message type an endpoint consumes, the way MassTransit's own
/// redelivery is added: connected before <c>UseMessageRetry</c>, it wraps the retries.
/// </summary>
internal sealed class DelayedRedeliveryConfiguration : ConfigurationObserver, IMessageConfigurationObserver
{
    private readonly IReadOnlyList<TimeSpan> _intervals;
    private readonly ILogger _logger;

    public DelayedRedeliveryConfiguration(IConsumePipeConfigurator endpoint, IReadOnlyList<TimeSpan> intervals, ILogger logger)
        : base(endpoint)
    {
        _intervals = intervals;
        _logger = logger;
        Connect(this);
    }

    public void MessageConfigured<TMessage>(IConsumePipeConfigurator configurator)
        where TMessage : class =>
        configurator.AddPipeSpecification(new Specification<TMessage>(new DelayedRedeliveryFilter<TMessage>(_intervals, _logger)));

    private sealed class Specification<TMessage>(IFilter<ConsumeContext<TMessage>> filter) : IPipeSpecification<ConsumeContext<TMessage>>
        where TMessage : class
    {
        public void Apply(IPipeBuilder<ConsumeContext<TMessage>> builder) => builder.AddFilter(filter);

        public IEnumerable<ValidationResult> Validate() => [];
    }
}
