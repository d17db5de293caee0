using Corridor.TestKit;

namespace Corridor.BuildingBlocks.Tests;

[CollectionDefinition(SharedRabbitMq.CollectionName)]
public sealed class RabbitMqCollection : ICollectionFixture<SharedRabbitMq>;
