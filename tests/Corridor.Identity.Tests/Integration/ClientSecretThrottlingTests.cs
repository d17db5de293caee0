using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// Wrong client secrets at the token endpoint are counted per client id and per remote address; past the limit the
/// endpoint answers 429 with Retry-After and an OAuth error body, before it checks any secret (ADR 0015).
/// </summary>
public sealed class ClientSecretThrottlingTests : IAsyncLifetime
{
    private const string Yulin = "450900";
    private const string Hezhou = "451100";
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync(new Dictionary<string, string?>
    {
        ["Identity:ClientAuthenticationThrottling:PerClient:MaxFailedAttempts"] = "3",
        ["Identity:ClientAuthenticationThrottling:PerClient:Window"] = "00:15:00",
        ["Identity:ClientAuthenticationThrottling:PerClient:LockoutDuration"] = "00:15:00",
        ["Identity:ClientAuthenticationThrottling:PerAddress:MaxFailedAttempts"] = "5",
        ["Identity:ClientAuthenticationThrottling:PerAddress:Window"] = "00:15:00",
        ["Identity:ClientAuthenticationThrottling:PerAddress:LockoutDuration"] = "00:15:00",
    });

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task After_the_allowed_wrong_secrets_a_client_gets_429_with_Retry_After_even_with_its_right_secret()
    {
        var client = _identity.Client(Yulin);
        for (var i = 0; i < 3; i++)
        {
            var wrong = await _identity.RequestTokenAsync(client.ClientId, client.ClientSecret + "x", "lists.read");
            Assert.Equal("invalid_client", await ErrorAsync(wrong));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, wrong.StatusCode);
        }

        var throttled = await _identity.RequestTokenAsync(client.ClientId, client.ClientSecret, "lists.read");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("invalid_client", await ErrorAsync(throttled));
        Assert.InRange(throttled.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 15 * 60);

        // Another client from the same address still gets its token.
        var other = _identity.Client(Hezhou);
        Assert.Equal(HttpStatusCode.OK, (await _identity.RequestTokenAsync(other.ClientId, other.ClientSecret, "lists.read")).StatusCode);
    }

    [Fact]
    public async Task Credentials_in_the_Authorization_header_count_against_the_same_client()
    {
        var client = _identity.Client(Yulin);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("invalid_client", await ErrorAsync(await BasicAsync(client.ClientId, client.ClientSecret + "x")));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await BasicAsync(client.ClientId, client.ClientSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await _identity.RequestTokenAsync(client.ClientId, client.ClientSecret, "lists.read")).StatusCode);
    }

    [Fact]
    public async Task Wrong_secrets_spread_over_many_client_ids_throttle_the_remote_address()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("invalid_client", await ErrorAsync(await _identity.RequestTokenAsync($"sync-guess-{i}", "guess", "lists.read")));
        }

        var client = _identity.Client(Hezhou);
        var throttled = await _identity.RequestTokenAsync(client.ClientId, client.ClientSecret, "lists.read");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
    }

    private async Task<HttpResponseMessage> BasicAsync(string clientId, string secret)
    {
        using var http = new HttpClient { BaseAddress = _identity.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "lists.read" }),
        };
        var credentials = $"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        return await http.SendAsync(request);
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
}
