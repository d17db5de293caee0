using Corridor.TestKit;

namespace Corridor.Sync.Tests;

[CollectionDefinition(SharedRabbitMq.CollectionName)]
public sealed class RabbitMqCollection : ICollectionFixture<SharedRabbitMq>;
