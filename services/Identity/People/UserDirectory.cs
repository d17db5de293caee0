using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People;

/// <summary>The configured people, looked up by user name (case-insensitive); passwords are checked against their stored hashes.</summary>
internal sealed class UserDirectory
{
    private readonly Dictionary<string, UserRegistration> _users;
    private readonly PasswordHasher<UserRegistration> _hasher = new();

    // Verified when the user name is unknown, so that the answer takes as long as for a known one.
    private readonly string _decoy;

    public UserDirectory(IdentityOptions options)
    {
        var errors = UserRegistrationRules.Check(options.Users);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid user configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        _users = options.Users.ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);
        _decoy = _hasher.HashPassword(new UserRegistration(), Guid.NewGuid().ToString("N"));
    }

    public UserRegistration? Find(string? userName) =>
        userName is not null && _users.TryGetValue(userName, out var user) ? user : null;

    public UserRegistration? SignIn(string? userName, string? password)
    {
        var user = Find(userName);
        var result = _hasher.VerifyHashedPassword(user ?? new UserRegistration(), user?.PasswordHash ?? _decoy, password ?? "");
        return user is not null && result != PasswordVerificationResult.Failed ? user : null;
    }
}
