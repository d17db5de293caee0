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
    public async Task Retry_After_is_honoured_up_to_the_cap_and_the_backoff_doubles()
    {
        var policy = new RetryPolicy(12, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));
        var clock = new InstantDelays();
        var handler = new ScriptedHandler(
        [
            Answer(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))),
            Answer(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1))),
            .. Enumerable.Range(0, 9).Select(_ => Answer(HttpStatusCode.ServiceUnavailable)),
            Answer(HttpStatusCode.OK, "{}"),
        ]);
        var warnings = new List<string>();
        using var http = new SyncHttp(policy, TimeSpan.FromHours(2), clock, warnings.Add, handler);

        using var response = await new CorridorApi(http.Client, new StaticTokenSource("t")).SendAsync(Get, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new double[] { 7, 30, 2, 4, 8, 16, 30, 30, 30, 30, 30 }, clock.Waited.Select(w => w.TotalSeconds));
        Assert.Equal(11, warnings.Count);
        Assert.Equal($"GET {Url}: 429 TooManyRequests; retrying in 7 s (attempt 2 of 12)", warnings[0]);
        Assert.Equal($"GET {Url}: 503 ServiceUnavailable; retrying in 2 s (attempt 4 of 12)", warnings[2]);
    }

    [Fact]
    public async Task A_502_503_or_504_that_outlasts_the_retries_ends_as_unavailable_with_the_services_answer()
    {
        var handler = new ScriptedHandler(
            Answer(HttpStatusCode.BadGateway),
            Answer(HttpStatusCode.GatewayTimeout),
            Answer(HttpStatusCode.ServiceUnavailable, """{ "title": "Service Unavailable", "detail": "Draining." }"""));

        var failure = await Assert.ThrowsAsync<SyncFailure>(() => Api(handler, new StaticTokenSource("t")).SendAsync(Get, default));

        Assert.Equal(ExitCodes.Unavailable, failure.ExitCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal($"GET {Url} answered 503 ServiceUnavailable 3 times: Service Unavailable. Draining.", failure.Message);
    }

    [Fact]
    public async Task Other_error_answers_are_not_retried()
    {
        var handler = new ScriptedHandler(Answer(HttpStatusCode.InternalServerError));

        using var response = await Api(handler, new StaticTokenSource("t")).SendAsync(Get, default);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_attempt_without_an_answer_within_the_timeout_is_retried()
    {
        var handler = new ScriptedHandler(Hang(), Answer(HttpStatusCode.OK, "{}"));
        var warnings = new List<string>();
        using var http = new SyncHttp(Quick, TimeSpan.FromMilliseconds(50), TimeProvider.System, warnings.Add, handler);

        using var response = await new CorridorApi(http.Client, new StaticTokenSource("t")).SendAsync(Get, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains("(attempt 2 of 3)", Assert.Single(warnings));
    }

    [Fact]
    public async Task A_batch_push_is_retried_with_the_same_body_and_Idempotency_Key()
    {
        var handler = new ScriptedHandler(Fail(), Answer(HttpStatusCode.ServiceUnavailable), Answer(HttpStatusCode.OK, "{}"));

        using var response = await Api(handler, new StaticTokenSource("t")).SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:5001/api/v1/resources/batch")
            {
                Content = new StringContent("""{ "items": [] }""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", "corridor-sync-resources-abc");
            return request;
        }, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal("""{ "items": [] }""", r.Body);
            Assert.Equal("corridor-sync-resources-abc", r.IdempotencyKey);
        });
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
        new(new SyncHttp(Quick, TimeSpan.FromSeconds(30), TimeProvider.System, warn ?? (_ => { }), handler).Client, tokens);

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
