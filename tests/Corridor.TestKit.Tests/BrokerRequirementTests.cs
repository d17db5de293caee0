using Xunit;

namespace Corridor.TestKit.Tests;

public sealed class BrokerRequirementTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("false", false)]
    public void CI_true_requires_the_broker(string? ci, bool required) => Assert.Equal(required, BrokerRequirement.IsRequiredBy(ci));

    [Fact]
    public void Without_a_broker_a_test_skips_on_a_developer_machine_and_fails_in_CI()
    {
        Assert.IsType<SkipException>(BrokerRequirement.Unavailable("No RabbitMQ broker for integration tests: none here.", required: false));

        var inCi = BrokerRequirement.Unavailable("No RabbitMQ broker for integration tests: none here.", required: true);

        // xunit's SkippableFact turns only SkipException into a skip: anything else is a failure.
        Assert.IsNotType<SkipException>(inCi);
        Assert.IsType<BrokerUnavailableException>(inCi);
        Assert.Contains("none here", inCi.Message, StringComparison.Ordinal);
    }
}
