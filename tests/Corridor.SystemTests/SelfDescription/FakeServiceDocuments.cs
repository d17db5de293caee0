using System.Text.Json.Nodes;
using Corridor.BuildingBlocks.Domain;
using Corridor.Gateway.OpenApi;

namespace Corridor.SystemTests.SelfDescription;

/// <summary>Services that each serve one path in their document, can be taken down, and can hold every fetch until released.</summary>
internal sealed class FakeServiceDocuments : IServiceOpenApiDocuments
{
    private readonly Dictionary<string, string?> _paths = new(StringComparer.Ordinal) { ["Lists"] = "/api/v1/problems", ["Teams"] = "/api/v1/teams" };
    private int _fetches;

    public int Fetches => Volatile.Read(ref _fetches);

    /// <summary>When set, every fetch waits for it; <see cref="FetchStarted"/> says one is waiting.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public TaskCompletionSource FetchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Serve(string service, string path) => _paths[service] = path;

    public void TakeDown(string service) => _paths[service] = null;

    public IReadOnlyList<string> Services() => [.. _paths.Keys];

    public async Task<JsonObject> FetchAsync(string service, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetches);
        FetchStarted.TrySetResult();
        if (Hold is { } hold)
        {
            await hold.Task;
        }

        return _paths[service] is { } path
            ? new JsonObject { ["openapi"] = "3.1.1", ["paths"] = new JsonObject { [path] = new JsonObject() } }
            : throw new DependencyUnavailableException(service, new HttpRequestException($"{service} is down"));
    }
}
