using Corridor.BuildingBlocks.Reference;

namespace Corridor.DevTools.Tokens;

/// <summary>
/// The demo clients and people of the Identity service's appsettings.Development.json, and their plaintext
/// secrets and passwords: the configuration holds only the hashes, so these rules are the one place they live.
/// </summary>
public static class DemoCredentials
{
    public const string ConsoleClientId = "corridor-console";

    /// <summary>The console's registered redirect URI; nothing listens there, the code is read from the redirect itself.</summary>
    public const string ConsoleRedirectUri = "http://127.0.0.1:5173/auth/callback";

    public const string SecretariatUserName = "secretariat";

    /// <summary>Every scope a demo sync client holds, space-separated as OAuth wants it.</summary>
    public const string AllScopes = "lists.read lists.write agreements.read agreements.write teams.read teams.write directory.read directory.write notifications.read notifications.write";

    public static string SyncClientId(string regionCode) => $"sync-{regionCode}";

    public static string SyncClientSecret(string regionCode) => $"demo-{regionCode}-sync-secret-not-for-production";

    public static string StaffUserName(string regionCode) => $"staff-{regionCode}";

    public static string CoordinatorUserName(string regionCode) => $"coordinator-{regionCode}";

    public static string Password(string userName) => $"demo-{userName}";

    /// <summary>Every demo user name: staff and a coordinator per member region, and the secretariat.</summary>
    public static IEnumerable<string> UserNames() =>
        CorridorRegions.All.SelectMany(r => new[] { StaffUserName(r.Code), CoordinatorUserName(r.Code) }).Append(SecretariatUserName);
}
