using Microsoft.AspNetCore.Authorization;

namespace Corridor.BuildingBlocks.Security;

/// <summary>Why the organ named in the <see cref="ActingOrgan.Header"/> header was refused, with a stable code.</summary>
public sealed class ActingOrganRefused(IAuthorizationHandler handler, string code, string message) : AuthorizationFailureReason(handler, message)
{
    /// <summary>Only sync clients act for another organ; a person acts for their own.</summary>
    public const string NotAllowed = "acting-organ-not-allowed";

    public const string UnknownOrgan = "unknown-organ";

    public const string RetiredOrgan = "retired-organ";

    public const string OtherRegion = "organ-of-another-region";

    /// <summary>The service has no directory to check the organ against.</summary>
    public const string Unsupported = "acting-organ-unsupported";

    /// <summary>The organ is not in the read model and the Directory could not be asked: answered 503 / UNAVAILABLE.</summary>
    public const string DirectoryUnavailable = "directory-unavailable";

    public string Code { get; } = code;

    public bool IsTransient => Code == DirectoryUnavailable;
}
