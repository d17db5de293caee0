using System.Net;
using Corridor.Sync.Cli;

namespace Corridor.Sync.Http;

/// <summary>
/// Sends requests to the services with the bearer token through the client of <see cref="SyncHttp"/> (which retries what
/// passes by itself), renews a refused token once, and turns 401/403, unreachable services and transient answers that
/// outlasted the retries into a <see cref="SyncFailure"/>. Every other answer is returned to the caller.
/// </summary>
public sealed class CorridorApi(HttpClient http, ITokenSource tokens)
{
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var renewed = false;
        while (true)
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
            catch (Exception network) when (SyncResilience.IsNetworkFailure(network, cancellationToken))
            {
                throw new SyncFailure(
                    $"{what} failed after {SyncResilience.AttemptsOf(request)} attempts: {network.Message}", ExitCodes.Unavailable, network);
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized && !renewed && tokens.Invalidate(token))
            {
                renewed = true;
                response.Dispose();
                continue;
            }

            if (RetryPolicy.IsTransient(response.StatusCode))
            {
                var problem = await Problem.ReadAsync(response, cancellationToken);
                response.Dispose();
                throw new SyncFailure(
                    $"{what} answered {(int)response.StatusCode} {response.StatusCode} {SyncResilience.AttemptsOf(request)} times: {problem}",
                    ExitCodes.Unavailable);
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
}
