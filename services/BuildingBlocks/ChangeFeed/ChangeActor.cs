using System.Security.Claims;
using Corridor.BuildingBlocks.Security;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>Who a journal entry names: the caller as the audit trail names it, or "system" for consumers and jobs.</summary>
public static class ChangeActor
{
    public const string System = "system";

    public static string Of(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && CallerIdentity.From(user).Actor is { Length: > 0 } actor ? actor : System;
}
