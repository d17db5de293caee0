using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Sync.Cli;
using Corridor.Sync.Http;

namespace Corridor.Sync.Webhooks;

/// <summary>
/// The region's webhook endpoints on the Notifications service (<c>/api/v1/webhooks/endpoints</c>); any answer but the
/// expected one becomes a <see cref="SyncFailure"/> that carries the service's problem.
/// </summary>
public sealed class WebhookEndpoints(CorridorApi api, Uri notificationsUrl)
{
    /// <summary>What the webhook commands ask for when --scope is not given.</summary>
    public const string DefaultScope = "notifications.read notifications.write";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Uri _base = new(
        notificationsUrl.AbsoluteUri.EndsWith('/') ? notificationsUrl : new Uri(notificationsUrl.AbsoluteUri + "/"), "api/v1/webhooks/endpoints/");

    public Task<RegisteredEndpoint> RegisterAsync(string url, IReadOnlyList<string> eventKinds, string? description, CancellationToken cancellationToken) =>
        SendAsync<RegisteredEndpoint>(
            HttpMethod.Post, "", new { url, eventKinds, description }, HttpStatusCode.Created, cancellationToken);

    public Task<IReadOnlyList<EndpointView>> ListAsync(CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<EndpointView>>(HttpMethod.Get, "", null, HttpStatusCode.OK, cancellationToken);

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        using var response = await api.SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, new Uri(_base, id.ToString())), cancellationToken);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw await CorridorApi.RefusedAsync(response, cancellationToken);
        }
    }

    public Task<SecretView> RotateAsync(Guid id, TimeSpan overlap, CancellationToken cancellationToken) =>
        SendAsync<SecretView>(HttpMethod.Post, $"{id}/rotate-secret", new { overlap }, HttpStatusCode.OK, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var url = path.Length == 0 ? _base : new Uri(_base, path);
        using var response = await api.SendAsync(
            () => new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) },
            cancellationToken);
        if (response.StatusCode != expected)
        {
            throw await CorridorApi.RefusedAsync(response, cancellationToken);
        }

        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new SyncFailure($"{method} {url} answered an empty body.", ExitCodes.Refused);
    }
}
