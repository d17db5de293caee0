using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.Domain;
using Corridor.Gateway.OpenApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Corridor.SystemTests.SelfDescription;

/// <summary>The gateway's merged OpenAPI document is built once per refresh interval, shared, and survives a service that is down.</summary>
public sealed class MergedOpenApiCacheTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly FakeServiceDocuments _services = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly MergedOpenApiCache _cache;

    public MergedOpenApiCacheTests() =>
        _cache = new MergedOpenApiCache(_services, Options.Create(new MergedOpenApiOptions { RefreshInterval = Interval }), _clock, NullLogger<MergedOpenApiCache>.Instance);

    [Fact]
    public async Task Requests_within_the_interval_get_the_kept_document_and_a_later_one_fetches_again()
    {
        var first = await _cache.GetAsync(CancellationToken.None);
        _clock.Advance(Interval - TimeSpan.FromSeconds(1));
        var second = await _cache.GetAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(2, _services.Fetches);
        Assert.Equal(["/api/v1/problems", "/api/v1/teams"], Paths(first));

        _clock.Advance(TimeSpan.FromSeconds(1));
        _services.Serve("Teams", "/api/v1/approved-projects");
        var refreshed = await _cache.GetAsync(CancellationToken.None);

        Assert.Equal(4, _services.Fetches);
        Assert.Equal(["/api/v1/approved-projects", "/api/v1/problems"], Paths(refreshed));
        Assert.NotEqual(first.ETag, refreshed.ETag);
    }

    [Fact]
    public async Task Concurrent_requests_share_one_refresh()
    {
        _services.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, 8).Select(_ => _cache.GetAsync(CancellationToken.None)).ToList();
        await _services.FetchStarted.Task;
        _services.Hold.SetResult();

        var snapshots = await Task.WhenAll(requests);

        Assert.All(snapshots, s => Assert.Same(snapshots[0], s));
        Assert.Equal(2, _services.Fetches);
    }

    [Fact]
    public async Task A_request_that_gives_up_does_not_cancel_the_refresh_the_others_wait_for()
    {
        _services.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();
        var givingUp = _cache.GetAsync(impatient.Token);
        var waiting = _cache.GetAsync(CancellationToken.None);
        await _services.FetchStarted.Task;

        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => givingUp);
        _services.Hold.SetResult();

        Assert.Equal(["/api/v1/problems", "/api/v1/teams"], Paths(await waiting));
    }

    [Fact]
    public async Task A_service_that_does_not_answer_keeps_its_last_good_document_and_is_reported_stale()
    {
        var first = await _cache.GetAsync(CancellationToken.None);
        _services.TakeDown("Lists");
        _services.Serve("Teams", "/api/v1/approved-projects");
        _clock.Advance(Interval);

        var whileDown = await _cache.GetAsync(CancellationToken.None);

        Assert.Equal(["/api/v1/approved-projects", "/api/v1/problems"], Paths(whileDown));
        var stale = Assert.Single(whileDown.Stale);
        Assert.Equal(("Lists", first.RefreshedAt), (stale.Service, stale.FetchedAt));

        _services.Serve("Lists", "/api/v1/resources");
        _clock.Advance(Interval);
        var recovered = await _cache.GetAsync(CancellationToken.None);

        Assert.Empty(recovered.Stale);
        Assert.Equal(["/api/v1/approved-projects", "/api/v1/resources"], Paths(recovered));
    }

    [Fact]
    public async Task Without_any_document_of_a_service_there_is_no_merged_document()
    {
        _services.TakeDown("Teams");

        var refused = await Assert.ThrowsAsync<DependencyUnavailableException>(() => _cache.GetAsync(CancellationToken.None));

        Assert.Equal("Teams", refused.Dependency);
        _services.Serve("Teams", "/api/v1/teams");
        Assert.Equal(["/api/v1/problems", "/api/v1/teams"], Paths(await _cache.GetAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Unchanged_documents_are_not_merged_again()
    {
        var first = await _cache.GetAsync(CancellationToken.None);
        _clock.Advance(Interval);

        var second = await _cache.GetAsync(CancellationToken.None);

        Assert.Equal(4, _services.Fetches);
        Assert.Same(first.Json, second.Json);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal(first.RefreshedAt + Interval, second.RefreshedAt);
    }

    private static string[] Paths(MergedOpenApiSnapshot snapshot) =>
        [.. JsonNode.Parse(snapshot.Json)!["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];
}
