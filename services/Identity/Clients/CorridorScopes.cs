namespace Corridor.Identity.Clients;

/// <summary>Scopes per service and access, granted to the provincial sync clients.</summary>
public static class CorridorScopes
{
    public const string ListsRead = "lists.read";
    public const string ListsWrite = "lists.write";
    public const string AgreementsRead = "agreements.read";
    public const string AgreementsWrite = "agreements.write";
    public const string TeamsRead = "teams.read";
    public const string TeamsWrite = "teams.write";
    public const string DirectoryRead = "directory.read";
    public const string DirectoryWrite = "directory.write";
    public const string NotificationsRead = "notifications.read";
    public const string NotificationsWrite = "notifications.write";

    /// <summary>The audience of every access token; the services validate it.</summary>
    public const string Audience = "corridor";

    public static readonly IReadOnlyList<string> All =
        [ListsRead, ListsWrite, AgreementsRead, AgreementsWrite, TeamsRead, TeamsWrite, DirectoryRead, DirectoryWrite, NotificationsRead, NotificationsWrite];
}
