namespace Corridor.BuildingBlocks.Domain;

/// <summary>Another service that must answer authoritatively could not be reached; the caller may retry.</summary>
public sealed class DependencyUnavailableException(string dependency, Exception inner)
    : Exception($"{dependency} is not reachable right now; retry later.", inner)
{
    public string Dependency { get; } = dependency;
}
