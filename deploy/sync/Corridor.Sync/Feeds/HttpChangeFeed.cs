using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Sync.Cli;
using Corridor.Sync.Http;

namespace Corridor.Sync.Feeds;

/// <summary>A service's change feed over REST: <c>GET …/changes?after=&amp;limit=</c> and <c>GET …/changes/state</c>.</summary>
public sealed class HttpChangeFeed(CorridorApi api, SyncService service, Uri baseUrl) : IChangeFeed
{
    public const string CursorExpiredCode = "change-feed.cursor-expired";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public SyncService Service => service;

    public Uri BaseUrl => baseUrl;

    public async Task<ChangePage> ReadChangesAsync(string? after, int limit, CancellationToken cancellationToken)
    {
        var url = Url(service.FeedPath, after, limit);
        using var response = await api.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
        if (response.StatusCode == HttpStatusCode.Gone)
        {
            var problem = await Problem.ReadAsync(response, cancellationToken);
            throw new CursorExpiredException(service.Name, problem.Code ?? problem.Detail);
        }

        return await ReadAsync<ChangePage>(response, cancellationToken);
    }

    public async Task<StatePage> ReadStateAsync(string? after, int limit, CancellationToken cancellationToken)
    {
        var url = Url(service.StatePath, after, limit);
        using var response = await api.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
        return await ReadAsync<StatePage>(response, cancellationToken);
    }

    private Uri Url(string path, string? after, int limit)
    {
        var query = after is null ? $"?limit={limit}" : $"?after={Uri.EscapeDataString(after)}&limit={limit}";
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, path + query);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await CorridorApi.RefusedAsync(response, cancellationToken);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new JsonException("The body is empty.");
        }
        catch (JsonException invalid)
        {
            throw new SyncFailure(
                $"{response.RequestMessage?.RequestUri} answered 200 with a body that is not a change feed page: {invalid.Message}", ExitCodes.Refused, invalid);
        }
    }
}
