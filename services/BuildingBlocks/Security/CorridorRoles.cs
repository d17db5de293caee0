namespace Corridor.BuildingBlocks.Security;

public static class CorridorRoles
{
    public const string Member = "member";
    public const string Coordinator = "coordinator";
    public const string Secretariat = "secretariat";
    public const string SyncClient = "sync-client";
    public const string Admin = "admin";
}
