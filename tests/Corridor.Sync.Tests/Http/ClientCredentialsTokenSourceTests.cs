using System.Net;
using System.Net.Http.Headers;
using Corridor.Sync.Cli;
using Corridor.Sync.Http;
using static Corridor.Sync.Tests.Http.ScriptedHandler;

namespace Corridor.Sync.Tests.Http;

public sealed class ClientCredentialsTokenSourceTests
{
    private const string Discovery = """{ "issuer": "http://127.0.0.1:5401/", "token_endpoint": "http://127.0.0.1:5401/connect/token" }""";
    private static readonly RetryPolicy Quick = new(3, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(50));

    [Fact]
    public async Task The_token_endpoint_comes_from_discovery_and_a_token_is_reused_until_shortly_before_it_expires()
    {
        var clock = new ManualClock();
        var handler = new ScriptedHandler(
            Answer(HttpStatusCode.OK, Discovery),
            Answer(HttpStatusCode.OK, """{ "access_token": "first", "token_type": "Bearer", "expires_in": 3600 }"""),
            Answer(HttpStatusCode.OK, """{ "access_token": "second", "token_type": "Bearer", "expires_in": 3600 }"""));
        using var tokens = Source(handler, clock);

        Assert.Equal("first", await tokens.GetAsync(default));
        clock.Advance(TimeSpan.FromMinutes(58));
        Assert.Equal("first", await tokens.GetAsync(default));
        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal("second", await tokens.GetAsync(default));

        Assert.Equal(new Uri("http://127.0.0.1:5401/.well-known/openid-configuration"), handler.Requests[0].Uri);
        Assert.Equal(new Uri("http://127.0.0.1:5401/connect/token"), handler.Requests[1].Uri);
        Assert.Equal(
            "grant_type=client_credentials&client_id=sync-450000&client_secret=s3cret&scope=lists.read+teams.read",
            handler.Requests[1].Body);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task An_invalidated_token_is_replaced_without_asking_discovery_again()
    {
        var handler = new ScriptedHandler(
            Answer(HttpStatusCode.OK, Discovery),
            Answer(HttpStatusCode.OK, """{ "access_token": "first", "expires_in": 3600 }"""),
            Answer(HttpStatusCode.OK, """{ "access_token": "second", "expires_in": 3600 }"""));
        using var tokens = Source(handler, new ManualClock());

        var first = await tokens.GetAsync(default);
        Assert.True(tokens.Invalidate(first));

        Assert.Equal("second", await tokens.GetAsync(default));
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Refused_credentials_are_reported_with_the_authoritys_error()
    {
        var handler = new ScriptedHandler(
            Answer(HttpStatusCode.OK, Discovery),
            Answer(HttpStatusCode.BadRequest, """{ "error": "invalid_client", "error_description": "The client credentials are invalid." }"""));
        using var tokens = Source(handler, new ManualClock());

        var failure = await Assert.ThrowsAsync<SyncFailure>(() => tokens.GetAsync(default));

        Assert.Equal(ExitCodes.Unauthorized, failure.ExitCode);
        Assert.Contains("sync-450000", failure.Message);
        Assert.Contains("invalid_client", failure.Message);
        Assert.Contains("The client credentials are invalid", failure.Message);
    }

    [Fact]
    public async Task A_busy_or_unreachable_authority_is_retried()
    {
        var handler = new ScriptedHandler(
            Fail(),
            Answer(HttpStatusCode.OK, Discovery),
            Answer(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMilliseconds(1))),
            Answer(HttpStatusCode.OK, """{ "access_token": "first", "expires_in": 3600 }"""));
        using var tokens = Source(handler, new ManualClock());

        Assert.Equal("first", await tokens.GetAsync(default));
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(handler.Requests[2].Body, handler.Requests[3].Body);
    }

    [Fact]
    public async Task An_authority_that_stays_unreachable_ends_as_unavailable_after_the_bounded_attempts()
    {
        var handler = new ScriptedHandler(Fail(), Fail(), Fail());
        using var tokens = Source(handler, new ManualClock());

        var failure = await Assert.ThrowsAsync<SyncFailure>(() => tokens.GetAsync(default));

        Assert.Equal(ExitCodes.Unavailable, failure.ExitCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("The authority http://127.0.0.1:5401/ could not be reached: Connection refused (test)", failure.Message);
    }

    private static ClientCredentialsTokenSource Source(ScriptedHandler handler, TimeProvider clock) =>
        new(new SyncHttp(Quick, TimeSpan.FromSeconds(30), TimeProvider.System, _ => { }, handler).Client,
            new Uri("http://127.0.0.1:5401"), "sync-450000", "s3cret", "lists.read teams.read", clock);
}
