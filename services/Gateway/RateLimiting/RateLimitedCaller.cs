namespace Corridor.Gateway.RateLimiting;

/// <summary>
/// Whose limit a request counts against: the token's subject (a person, or a sync client whose subject is its client
/// id), else the token's client, else the remote address. Never the client alone: every person signs in through the
/// same console client, and one of them must not use up the others' requests.
/// </summary>
internal readonly record struct RateLimitedCaller(string Kind, string Id)
{
    public const string Subject = "subject";
    public const string Client = "client";
    public const string Address = "address";

    public static RateLimitedCaller Of(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            if (user.FindFirst("sub")?.Value is { Length: > 0 } subject)
            {
                return new(Subject, subject);
            }

            if ((user.FindFirst("client_id") ?? user.FindFirst("azp"))?.Value is { Length: > 0 } client)
            {
                return new(Client, client);
            }
        }

        return new(Address, http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
