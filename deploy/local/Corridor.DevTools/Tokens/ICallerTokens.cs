using Corridor.BuildingBlocks.Security;

namespace Corridor.DevTools.Tokens;

/// <summary>Gets a bearer token that makes the services see the given demo caller.</summary>
public interface ICallerTokens
{
    Task<string> TokenForAsync(CallerIdentity caller, CancellationToken cancellationToken);
}
