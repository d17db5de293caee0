using Corridor.DevTools.Cli;
using Microsoft.AspNetCore.Identity;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Tokens;

/// <summary>
/// <c>hash-password</c>: reads passwords from standard input, one a line, and prints for each the hash to put in
/// the Identity service's <c>Identity:Users:n:PasswordHash</c> (ASP.NET Core Identity's PasswordHasher, V3).
/// Standard input keeps the passwords out of the process list and the shell history.
/// </summary>
public sealed class HashPasswordCommand : Command<EmptyCommandSettings>
{
    public const int MinimumLength = 12;

    public override int Execute(CommandContext context, EmptyCommandSettings settings, CancellationToken cancellationToken)
    {
        var hasher = new PasswordHasher<object>();
        var user = new object();
        var line = 0;
        while (Console.In.ReadLine() is { } password)
        {
            line++;
            if (password.Length < MinimumLength)
            {
                throw new UsageException($"Line {line}: a password must be at least {MinimumLength} characters.");
            }

            Console.Out.WriteLine(hasher.HashPassword(user, password));
        }

        return line == 0 ? throw new UsageException("No password on standard input.") : ExitCodes.Ok;
    }
}
