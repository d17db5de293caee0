namespace Corridor.Identity.People.Store;

/// <summary>
/// What a new password must be: at least 12 characters, with a lower-case letter and a digit, and at least 5 different
/// characters. Length matters more than character classes, so upper case and symbols are welcome but not required.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    public const string Description =
        "at least 12 characters, with a lower-case letter and a digit, and at least 5 different characters";

    public static void Apply(Microsoft.AspNetCore.Identity.PasswordOptions password)
    {
        password.RequiredLength = MinimumLength;
        password.RequiredUniqueChars = 5;
        password.RequireLowercase = true;
        password.RequireDigit = true;
        password.RequireUppercase = false;
        password.RequireNonAlphanumeric = false;
    }
}
