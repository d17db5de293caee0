namespace Corridor.BuildingBlocks.Security;

/// <summary>The role policies; each also carries the scope requirement, so no policy lets a token past its scopes.</summary>
public static class CorridorPolicies
{
    /// <summary>Any authenticated caller that belongs to a member region.</summary>
    public const string Member = "member";

    /// <summary>A region's coordinator or the conference secretariat.</summary>
    public const string Reviewer = "reviewer";

    public const string Secretariat = "secretariat";
}
