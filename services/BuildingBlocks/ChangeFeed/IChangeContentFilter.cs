namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// What the caller may see of a record in the feed. A service whose records carry parts not every reader may see
/// registers one (scoped, so it knows the caller); the feed then serves the content it returns and hashes it as
/// served, in the pages, the follow stream and the state listing alike, so a mirror still verifies.
/// </summary>
public interface IChangeContentFilter
{
    /// <returns>The content as this caller may see it: <paramref name="content"/> itself when nothing is withheld.</returns>
    string? ContentFor(string recordType, string region, string? content);
}
