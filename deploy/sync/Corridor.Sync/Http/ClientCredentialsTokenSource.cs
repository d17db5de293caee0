using System.Net;
using System.Text.Json;
using Corridor.Sync.Cli;

namespace Corridor.Sync.Http;

/// <summary>
/// OAuth2 client credentials against an OpenID Connect authority: the token endpoint from the discovery document,
/// one token reused until shortly before it expires (or until a service refuses it), then a new one. The client
/// <paramref name="http"/> retries what passes by itself (<see cref="SyncHttp"/>).
/// </summary>
public sealed class ClientCredentialsTokenSource(
    HttpClient http, Uri authority, string clientId, string clientSecret, string scope, TimeProvider clock) : ITokenSource, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Uri? _tokenEndpoint;
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Current() is { } current)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Current() is { } fresh)
            {
                return fresh;
            }

            _tokenEndpoint ??= await DiscoverAsync(cancellationToken);
            var (token, lifetime) = await RequestAsync(_tokenEndpoint, cancellationToken);
            // Renew ahead of expiry so a request never leaves with a token that dies on the way.
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(60).Ticks, lifetime.Ticks / 5));
            _renewAt = clock.GetUtcNow() + lifetime - margin;
            _token = token;
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public bool Invalidate(string token)
    {
        if (_token == token)
        {
            _token = null;
        }

        return true;
    }

    public void Dispose() => _gate.Dispose();

    private string? Current() => _token is { } token && clock.GetUtcNow() < _renewAt ? token : null;

    private async Task<Uri> DiscoverAsync(CancellationToken cancellationToken)
    {
        var discovery = new Uri(WithSlash(authority), ".well-known/openid-configuration");
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, discovery), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SyncFailure(
                $"The authority's discovery document {discovery} answered {(int)response.StatusCode} {response.StatusCode}: {await Problem.ReadAsync(response, cancellationToken)}",
                ExitCodes.Unavailable);
        }

        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var endpoint = json.RootElement.GetProperty("token_endpoint").GetString();
            return new Uri(endpoint ?? throw new KeyNotFoundException("token_endpoint"));
        }
        catch (Exception invalid) when (invalid is JsonException or KeyNotFoundException or UriFormatException or InvalidOperationException)
        {
            throw new SyncFailure($"{discovery} is not an OpenID Connect discovery document with a token_endpoint.", ExitCodes.Unavailable, invalid);
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = clientSecret,
                ["scope"] = scope,
            }),
        }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new SyncFailure(
                $"The authority {authority} refused client '{clientId}' (scope '{scope}'): {await Problem.ReadAsync(response, cancellationToken)}",
                ExitCodes.Unauthorized);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new SyncFailure(
                $"The token endpoint {endpoint} answered {(int)response.StatusCode} {response.StatusCode}: {await Problem.ReadAsync(response, cancellationToken)}",
                ExitCodes.Unavailable);
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var token = json.RootElement.TryGetProperty("access_token", out var value) ? value.GetString() : null;
        if (string.IsNullOrEmpty(token))
        {
            throw new SyncFailure($"The token endpoint {endpoint} answered without an access_token.", ExitCodes.Unauthorized);
        }

        var seconds = json.RootElement.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var s) ? s : 300;
        return (token, TimeSpan.FromSeconds(Math.Max(seconds, 1)));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception network) when (SyncResilience.IsNetworkFailure(network, cancellationToken))
        {
            throw new SyncFailure($"The authority {authority} could not be reached: {network.Message}", ExitCodes.Unavailable, network);
        }
    }

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
