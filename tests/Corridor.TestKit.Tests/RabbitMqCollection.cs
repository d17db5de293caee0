using Xunit;

namespace Corridor.TestKit.Tests;

/// <summary>The tests that share one broker per test run.</summary>
[CollectionDefinition(SharedRabbitMq.CollectionName)]
public sealed class RabbitMqCollection : ICollectionFixture<SharedRabbitMq>;
