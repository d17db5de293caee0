namespace Corridor.BuildingBlocks.Directory;

/// <summary>
/// What a service knows of the directory's organs and regions: its read model first, the Directory service's gRPC
/// API on a miss (ADR 0019). Scoped: the caller's token is forwarded to the directory.
/// </summary>
public interface IOrganDirectory
{
    /// <summary>
    /// The organs among <paramref name="organIds"/> that the directory knows, retired ones included. Ids missing from the
    /// read model are asked of the directory in one call and stored; ids it does not know either are absent from the answer.
    /// </summary>
    /// <exception cref="Domain.DependencyUnavailableException">An id is missing from the read model and the directory cannot be asked.</exception>
    Task<IReadOnlyDictionary<string, KnownOrgan>> FindAsync(IEnumerable<string> organIds, CancellationToken cancellationToken);

    /// <summary>Whether the region was a member of the conference on <paramref name="day"/>; a region the read model lacks is asked of the directory.</summary>
    /// <exception cref="Domain.DependencyUnavailableException">The region is missing from the read model and the directory cannot be asked.</exception>
    Task<bool> IsMemberRegionAsync(string regionCode, DateOnly day, CancellationToken cancellationToken);

    /// <summary>The current full names of the organs for a view: from the read model only, never a remote call.</summary>
    Task<OrganNames> NamesAsync(IEnumerable<string?> organIds, CancellationToken cancellationToken);
}
