namespace Corridor.BuildingBlocks.Security;

/// <summary>Claim types carried in every Corridor token.</summary>
public static class CorridorClaims
{
    /// <summary>GB/T 2260 code of the caller's region.</summary>
    public const string Region = "region";

    /// <summary>Unified social credit code (or conference-issued id) of the caller's organ.</summary>
    public const string Organ = "organ";

    public const string Role = "role";
}
