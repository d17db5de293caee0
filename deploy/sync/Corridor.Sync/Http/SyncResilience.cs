using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Corridor.Sync.Http;

/// <summary>
/// The resilience pipeline of corridor-sync's HTTP client: <see cref="RetryPolicy"/> around a timeout for each attempt.
/// Every retry is announced through the warning callback; the number of attempts made is kept on the request.
/// </summary>
public static class SyncResilience
{
    public const string PipelineName = "retries";

    private static readonly HttpRequestOptionsKey<int> AttemptsKey = new("corridor-sync.attempts");

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline, RetryPolicy retry, TimeSpan attemptTimeout, TimeProvider clock, Action<string> warn)
    {
        // Polly wants at least one retry: --retries 1 means a single attempt, so no retry strategy at all.
        if (retry.MaxAttempts > 1)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = retry.FirstDelay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                // The server's Retry-After wins over the backoff; null falls back to the backoff.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? retry.AskedDelay(response.Headers.RetryAfter, clock.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    var next = args.AttemptNumber + 2;
                    var request = args.Context.GetRequestMessage();
                    request?.Options.Set(AttemptsKey, next);
                    var reason = args.Outcome.Result is { } response
                        ? $"{(int)response.StatusCode} {response.StatusCode}"
                        : args.Outcome.Exception?.Message;
                    warn($"{request?.Method} {request?.RequestUri}: {reason}; retrying in {args.RetryDelay.TotalSeconds:0.#} s (attempt {next} of {retry.MaxAttempts})");
                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline.AddTimeout(attemptTimeout);
    }

    /// <summary>How many attempts the pipeline made for <paramref name="request"/>.</summary>
    public static int AttemptsOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(AttemptsKey, out var attempts) ? attempts : 1;

    /// <summary>A failure to get an answer at all (not the caller's cancellation): what is retried besides the transient answers.</summary>
    public static bool IsNetworkFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or TimeoutRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? RetryPolicy.IsTransient(response.StatusCode)
            : outcome.Exception is HttpRequestException or TimeoutRejectedException;
}
