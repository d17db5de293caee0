namespace Corridor.Sync.Http;

/// <summary>A bearer token obtained elsewhere (--token); it cannot be renewed.</summary>
public sealed class StaticTokenSource(string token) : ITokenSource
{
    public Task<string> GetAsync(CancellationToken cancellationToken) => Task.FromResult(token);

    public bool Invalidate(string token) => false;
}
