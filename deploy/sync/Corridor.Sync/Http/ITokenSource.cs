namespace Corridor.Sync.Http;

/// <summary>Supplies the bearer token for the services.</summary>
public interface ITokenSource
{
    Task<string> GetAsync(CancellationToken cancellationToken);

    /// <summary>The services refused the current token (401): the next <see cref="GetAsync"/> must not return it again.</summary>
    /// <returns>Whether a new token can be obtained (false for a fixed token).</returns>
    bool Invalidate(string token);
}
