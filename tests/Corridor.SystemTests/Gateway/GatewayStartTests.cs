using System.Net;
using Corridor.Gateway;
using Corridor.Testing;

namespace Corridor.SystemTests.Gateway;

/// <summary>
/// The gateway host itself, started as the deployment starts it: outside Development it trusts only an OIDC authority,
/// so a development key that reached its configuration must stop it rather than be trusted.
/// </summary>
public sealed class GatewayStartTests
{
    private static readonly Uri NoBroker = new("amqp://unused.invalid/");

    [Fact]
    public void A_Production_gateway_with_no_authority_refuses_to_start_and_names_the_setting()
    {
        // ServiceHost gives every host the tests' development key.
        using var gateway = new ServiceHost<GatewayServiceMarker>("gateway", NoBroker, new Dictionary<string, string?> { ["environment"] = "Production" });

        var refused = Assert.Throws<InvalidOperationException>(gateway.StartServer);

        Assert.Contains("Auth:Authority", refused.Message);
    }

    [Fact]
    public async Task A_Development_gateway_starts_with_the_development_key()
    {
        await using var gateway = new ServiceHost<GatewayServiceMarker>("gateway", NoBroker, new Dictionary<string, string?> { ["environment"] = "Development" });

        // Not StartAsync: readiness would wait for services that this test does not run.
        gateway.StartServer();
        using var http = new HttpClient { BaseAddress = gateway.RestAddress };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
    }
}
