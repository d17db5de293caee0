using Corridor.TestKit;

namespace Corridor.Agreements.Tests;

[CollectionDefinition(SharedRabbitMq.CollectionName)]
public sealed class RabbitMqCollection : ICollectionFixture<SharedRabbitMq>;
