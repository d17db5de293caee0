using System.Net;
using System.Net.Http.Headers;
using Corridor.Sync.Cli;

namespace Corridor.Sync.Http;

/// <summary>
/// Sends requests to the services with the bearer token: retries what passes by itself (<see cref="RetryPolicy"/>),
/// renews a refused token once, and turns 401/403 and unreachable services into a <see cref="SyncFailure"/>.
/// Every other answer is returned to the caller.
/// </summary>
public sealed class CorridorApi(HttpClient http, ITokenSource tokens, RetryPolicy retry, TimeProvider clock, Action<string> warn)
{
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var renewed = false;
        for (var attempt = 1; ; attempt++)
        {
            var request = build();
            var what = $"{request.Method} {request.RequestUri}";
            var token = await tokens.GetAsync(cancellationToken);
            request.Headers.Authorization = new("Bearer", token);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception network) when (IsNetworkFailure(network, cancellationToken))
            {
                if (attempt >= retry.MaxAttempts)
                {
                    throw new SyncFailure($"{what} failed after {attempt} attempts: {network.Message}", ExitCodes.Unavailable, network);
                }

                await WaitAsync(what, network.Message, attempt, null, cancellationToken);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized && !renewed && tokens.Invalidate(token))
            {
                renewed = true;
                response.Dispose();
                continue;
            }

            if (RetryPolicy.IsTransient(response.StatusCode))
            {
                if (attempt >= retry.MaxAttempts)
                {
                    var problem = await Problem.ReadAsync(response, cancellationToken);
                    response.Dispose();
                    throw new SyncFailure(
                        $"{what} answered {(int)response.StatusCode} {response.StatusCode} {attempt} times: {problem}", ExitCodes.Unavailable);
                }

                var retryAfter = response.Headers.RetryAfter;
                response.Dispose();
                await WaitAsync(what, $"{(int)response.StatusCode} {response.StatusCode}", attempt, retryAfter, cancellationToken);
                continue;
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                var problem = await Problem.ReadAsync(response, cancellationToken);
                var why = response.StatusCode == HttpStatusCode.Unauthorized
                    ? "401 Unauthorized: the service did not accept the token (expired, another issuer or audience, or signed by an unknown key)"
                    : "403 Forbidden: the client is not allowed to do this (check its scopes and region)";
                var details = response.Headers.WwwAuthenticate.ToString();
                response.Dispose();
                throw new SyncFailure(
                    $"{what}: {why}. {problem}{(details.Length == 0 ? "" : $" ({details})")}", ExitCodes.Unauthorized);
            }

            return response;
        }
    }

    /// <summary>A failure for an answer the caller does not expect.</summary>
    public static async Task<SyncFailure> RefusedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await Problem.ReadAsync(response, cancellationToken);
        var request = response.RequestMessage;
        return new SyncFailure(
            $"{request?.Method} {request?.RequestUri} answered {(int)response.StatusCode} {response.StatusCode}: {problem}", ExitCodes.Refused);
    }

    private async Task WaitAsync(string what, string reason, int attempt, RetryConditionHeaderValue? retryAfter, CancellationToken cancellationToken)
    {
        var delay = retry.DelayBefore(attempt, retryAfter, clock.GetUtcNow());
        warn($"{what}: {reason}; retrying in {delay.TotalSeconds:0.#} s (attempt {attempt + 1} of {retry.MaxAttempts})");
        await Task.Delay(delay, clock, cancellationToken);
    }

    private static bool IsNetworkFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException => true,
        // HttpClient's own timeout, not the caller's cancellation.
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
