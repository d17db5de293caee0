using MassTransit;

namespace Corridor.Lists.Projects.Reactions;

/// <summary>The consumers of other services' events that feed the project read models (agreement states, deployed teams).</summary>
internal static class ReactionConsumers
{
    public static void AddProjectReactions(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AgreementSuspendedConsumer, ReactionConsumerDefinition<AgreementSuspendedConsumer>>();
        bus.AddConsumer<AgreementTerminatedConsumer, ReactionConsumerDefinition<AgreementTerminatedConsumer>>();
        bus.AddConsumer<AgreementExpiredConsumer, ReactionConsumerDefinition<AgreementExpiredConsumer>>();
        bus.AddConsumer<AgreementResumedConsumer, ReactionConsumerDefinition<AgreementResumedConsumer>>();
        bus.AddConsumer<TeamDeployedConsumer, ReactionConsumerDefinition<TeamDeployedConsumer>>();
        bus.AddConsumer<DeploymentEndedConsumer, ReactionConsumerDefinition<DeploymentEndedConsumer>>();
    }
}
