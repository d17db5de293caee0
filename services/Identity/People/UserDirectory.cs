using System.Security.Cryptography;
using System.Text;

namespace Corridor.Identity.People;

/// <summary>The configured people, looked up by user name (case-insensitive).</summary>
internal sealed class UserDirectory
{
    private readonly Dictionary<string, UserRegistration> _users;

    public UserDirectory(IdentityOptions options)
    {
        var errors = UserRegistrationRules.Check(options.Users);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid user configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        _users = options.Users.ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);
    }

    public UserRegistration? Find(string? userName) =>
        userName is not null && _users.TryGetValue(userName, out var user) ? user : null;

    public UserRegistration? SignIn(string? userName, string? password)
    {
        var user = Find(userName);
        var expected = Encoding.UTF8.GetBytes(user?.Password ?? "");
        var given = Encoding.UTF8.GetBytes(password ?? "");
        var matches = CryptographicOperations.FixedTimeEquals(SHA256.HashData(expected), SHA256.HashData(given));
        return user is not null && matches ? user : null;
    }
}
