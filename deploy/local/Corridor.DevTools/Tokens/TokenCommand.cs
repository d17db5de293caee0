using Corridor.BuildingBlocks.Security;
using Corridor.DevTools.Cli;
using Corridor.DevTools.Demo;

namespace Corridor.DevTools.Tokens;

/// <summary><c>token</c>: prints one development token, alone on its line, so that it can be captured.</summary>
public static class TokenCommand
{
    public static int Run(Arguments args)
    {
        var region = args.Required("region");
        var organ = args.Optional("organ");
        var roles = args.Or("roles", CorridorRoles.Member)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var subject = args.Optional("subject");
        var hours = args.IntOr("hours", 12, 1, 24 * 365);
        var key = args.Or("key", DevSigningKey.Default);
        args.EnsureAllRead();

        if (organ is null)
        {
            try
            {
                organ = DemoOrgans.Of(region).OrganId;
            }
            catch (ArgumentException)
            {
                throw new UsageException($"Region '{region}' is not a corridor member region (GB/T 2260 code).");
            }
        }

        var caller = new CallerIdentity(subject ?? $"dev-{region}-{roles.LastOrDefault() ?? "member"}", region, organ, roles);
        Console.Out.WriteLine(new TokenIssuer(key, TimeSpan.FromHours(hours)).Issue(caller));
        return ExitCodes.Ok;
    }
}
