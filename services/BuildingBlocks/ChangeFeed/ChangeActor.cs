using System.Security.Claims;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>Who a journal entry names: the token's subject, the client a person acted through, or "system" for consumers and jobs.</summary>
public static class ChangeActor
{
    public const string System = "system";

    public static string Of(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return System;
        }

        var subject = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
        var client = user.FindFirstValue("client_id");
        return (subject, client) switch
        {
            (null or "", null or "") => System,
            (null or "", _) => client!,
            (_, null or "") => subject,
            _ when subject == client => subject,
            _ => $"{subject} via {client}",
        };
    }
}
