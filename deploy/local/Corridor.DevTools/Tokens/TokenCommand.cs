using Corridor.BuildingBlocks.Security;
using Corridor.DevTools.Cli;
using Corridor.DevTools.Demo;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Tokens;

/// <summary><c>token</c>: prints one development token, alone on its line, so that it can be captured.</summary>
public sealed class TokenCommand : Command<TokenSettings>
{
    public override int Execute(CommandContext context, TokenSettings settings, CancellationToken cancellationToken)
    {
        var region = settings.Region!;
        var organ = settings.Organ;
        var roles = settings.Roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var subject = settings.Subject;

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
        Console.Out.WriteLine(new TokenIssuer(settings.Key, TimeSpan.FromHours(settings.Hours)).Issue(caller));
        return ExitCodes.Ok;
    }
}
