namespace Corridor.Sync.Feeds;

/// <summary>One Corridor service with a change feed: its name on the command line, its feed path and the scope that reads it.</summary>
public sealed record SyncService(string Name, string FeedPath, string ReadScope)
{
    public static SyncService Lists { get; } = new("lists", "api/v1/lists/changes", "lists.read");

    public static SyncService Agreements { get; } = new("agreements", "api/v1/agreements/changes", "agreements.read");

    public static SyncService Teams { get; } = new("teams", "api/v1/teams/changes", "teams.read");

    /// <summary>The conference's member regions and organs: a mirror names every organ its records mention.</summary>
    public static SyncService Directory { get; } = new("directory", "api/v1/directory/changes", "directory.read");

    public static IReadOnlyList<SyncService> All { get; } = [Lists, Agreements, Teams, Directory];

    public string StatePath => FeedPath + "/state";

    public static SyncService? Named(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
