using Corridor.TestKit;

namespace Corridor.Lists.Tests;

[CollectionDefinition(SharedRabbitMq.CollectionName)]
public sealed class RabbitMqCollection : ICollectionFixture<SharedRabbitMq>;
