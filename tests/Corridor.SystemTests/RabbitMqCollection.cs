using Corridor.TestKit;

namespace Corridor.SystemTests;

[CollectionDefinition(SharedRabbitMq.CollectionName)]
public sealed class RabbitMqCollection : ICollectionFixture<SharedRabbitMq>;
