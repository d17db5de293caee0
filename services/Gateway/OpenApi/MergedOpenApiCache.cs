using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.Domain;
using Microsoft.Extensions.Options;

namespace Corridor.Gateway.OpenApi;

/// <summary>
/// The merged document, kept between requests: a request finds it as it is until it is older than the refresh
/// interval; then one refresh (shared by every request that comes meanwhile) fetches the services' documents and
/// merges them again only if one changed. A service that does not answer keeps its last good document in the
/// merged one, reported as stale; without any document of it yet, the refresh fails as the service is unavailable.
/// </summary>
internal sealed partial class MergedOpenApiCache(
    IServiceOpenApiDocuments documents, IOptions<MergedOpenApiOptions> options, TimeProvider time, ILogger<MergedOpenApiCache> logger)
{
    public const string Title = "Corridor API";

    public const string Description =
        "The REST surface of Corridor (西部陆海新通道 机关党建联席会): Lists (resource, problem and project lists), "
        + "Agreements (pairing agreements and activities), Teams (commando teams and deployments), Directory (member regions, organs "
        + "and their contacts) and Notifications (each person's inbox), behind one gateway.";

    // Chinese names and descriptions stay readable instead of \uXXXX escapes; the answer is UTF-8 JSON, never HTML.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (JsonObject Document, DateTimeOffset FetchedAt)> _lastGood = new(StringComparer.Ordinal);
    private MergedOpenApiSnapshot? _current;
    private Task<MergedOpenApiSnapshot>? _refresh;

    public Task<MergedOpenApiSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current is { } current && time.GetUtcNow() - current.RefreshedAt < options.Value.RefreshInterval)
            {
                return Task.FromResult(current);
            }

            // The refresh belongs to no single request: one caller giving up does not cancel it for the others.
            if (_refresh is null || _refresh.IsCompleted)
            {
                _refresh = RefreshAsync();
            }

            return _refresh.WaitAsync(cancellationToken);
        }
    }

    private async Task<MergedOpenApiSnapshot> RefreshAsync()
    {
        await Task.Yield();
        var services = documents.Services();
        var fetched = await Task.WhenAll(services.Select(TryFetchAsync));
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var changed = _current is null;
            var stale = new List<StaleServiceDocument>();
            foreach (var (service, document, failure) in fetched)
            {
                if (document is not null)
                {
                    changed |= !_lastGood.TryGetValue(service, out var previous) || !JsonNode.DeepEquals(previous.Document, document);
                    _lastGood[service] = (document, now);
                }
                else if (_lastGood.TryGetValue(service, out var lastGood))
                {
                    LogStale(logger, service, lastGood.FetchedAt, failure);
                    stale.Add(new StaleServiceDocument(service, lastGood.FetchedAt));
                }
                else
                {
                    // The whole surface or nothing: a document missing one service would mislead its readers.
                    throw failure!;
                }
            }

            _current = changed
                ? Snapshot(Merge(services), now, stale)
                : _current! with { RefreshedAt = now, Stale = stale };
            return _current;
        }
    }

    private async Task<(string Service, JsonObject? Document, DependencyUnavailableException? Failure)> TryFetchAsync(string service)
    {
        try
        {
            return (service, await documents.FetchAsync(service, CancellationToken.None), null);
        }
        catch (DependencyUnavailableException ex)
        {
            return (service, null, ex);
        }
    }

    private string Merge(IReadOnlyList<string> services) =>
        OpenApiMerger.Merge([.. services.Select(s => (s, _lastGood[s].Document))], Title, Description).ToJsonString(Readable);

    private static MergedOpenApiSnapshot Snapshot(string json, DateTimeOffset now, IReadOnlyList<StaleServiceDocument> stale) =>
        new(json, $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..32]}\"", now, stale);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} did not answer for its OpenAPI document; the merged document keeps the one fetched at {FetchedAt:O}.")]
    private static partial void LogStale(ILogger logger, string service, DateTimeOffset fetchedAt, Exception? exception);
}
