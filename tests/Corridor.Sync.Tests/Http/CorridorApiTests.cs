using System.Net;
using System.Net.Http.Headers;
using Corridor.Sync.Cli;
using Corridor.Sync.Http;
using static Corridor.Sync.Tests.Http.ScriptedHandler;

namespace Corridor.Sync.Tests.Http;

public sealed class CorridorApiTests
{
    private static readonly RetryPolicy Quick = new(3, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(50));
    private static readonly Uri Url = new("http://127.0.0.1:5001/api/v1/lists/changes");

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_a_503_after_the_backoff()
    {
        var handler = new ScriptedHandler(
            Answer(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMilliseconds(1))),
            Answer(HttpStatusCode.ServiceUnavailable),
            Answer(HttpStatusCode.OK, "{}"));
        var warnings = new List<string>();

        using var response = await Api(handler, new StaticTokenSource("t"), warnings.Add).SendAsync(Get, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("Bearer t", r.Authorization));
        Assert.Equal(2, warnings.Count);
        Assert.Contains("429", warnings[0]);
    }

    [Fact]
    public void Retry_After_is_honoured_up_to_the_cap_and_the_backoff_doubles()
    {
        var policy = new RetryPolicy(6, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(TimeSpan.FromSeconds(7), policy.DelayBefore(1, new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), now));
        Assert.Equal(TimeSpan.FromSeconds(30), policy.DelayBefore(1, new RetryConditionHeaderValue(TimeSpan.FromHours(1)), now));
        Assert.Equal(TimeSpan.FromSeconds(2), policy.DelayBefore(3, null, now));
        Assert.Equal(TimeSpan.FromSeconds(30), policy.DelayBefore(12, null, now));
    }

    [Fact]
    public async Task Network_failures_end_as_unavailable_after_the_bounded_attempts()
    {
        var handler = new ScriptedHandler(Fail(), Fail(), Fail());

        var failure = await Assert.ThrowsAsync<SyncFailure>(() => Api(handler, new StaticTokenSource("t")).SendAsync(Get, default));

        Assert.Equal(ExitCodes.Unavailable, failure.ExitCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Contains("failed after 3 attempts", failure.Message);
    }

    [Fact]
    public async Task A_refused_token_is_renewed_once_and_a_second_refusal_is_reported()
    {
        var tokens = new CountingTokens();
        var handler = new ScriptedHandler(Answer(HttpStatusCode.Unauthorized), Answer(HttpStatusCode.OK, "{}"));

        using (var response = await Api(handler, tokens).SendAsync(Get, default))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(["Bearer token-1", "Bearer token-2"], handler.Requests.Select(r => r.Authorization));

        var refusing = new ScriptedHandler(Answer(HttpStatusCode.Unauthorized), Answer(HttpStatusCode.Unauthorized));
        var failure = await Assert.ThrowsAsync<SyncFailure>(() => Api(refusing, new CountingTokens()).SendAsync(Get, default));
        Assert.Equal(ExitCodes.Unauthorized, failure.ExitCode);
        Assert.Contains("401", failure.Message);
    }

    [Fact]
    public async Task A_403_is_reported_with_the_services_reason()
    {
        var handler = new ScriptedHandler(Answer(HttpStatusCode.Forbidden,
            """{ "title": "Forbidden", "detail": "The client has no lists.read scope.", "code": "scope-missing" }"""));

        var failure = await Assert.ThrowsAsync<SyncFailure>(() => Api(handler, new StaticTokenSource("t")).SendAsync(Get, default));

        Assert.Equal(ExitCodes.Unauthorized, failure.ExitCode);
        Assert.Contains("The client has no lists.read scope", failure.Message);
        Assert.Contains("[scope-missing]", failure.Message);
        Assert.Single(handler.Requests);
    }

    private static HttpRequestMessage Get() => new(HttpMethod.Get, Url);

    private static CorridorApi Api(ScriptedHandler handler, ITokenSource tokens, Action<string>? warn = null) =>
        new(new HttpClient(handler), tokens, Quick, TimeProvider.System, warn ?? (_ => { }));

    private sealed class CountingTokens : ITokenSource
    {
        private int _issued = 1;

        public Task<string> GetAsync(CancellationToken cancellationToken) => Task.FromResult($"token-{_issued}");

        public bool Invalidate(string token)
        {
            _issued++;
            return true;
        }
    }
}
