using Corridor.Identity.People;

namespace Corridor.Identity.Tests.People;

/// <summary>The demo users' plaintext passwords, by the rule of deploy/local/Corridor.DevTools (DemoCredentials): the configuration holds only hashes.</summary>
internal static class DemoPasswords
{
    public static string Of(UserRegistration user) => $"demo-{user.UserName}";
}
