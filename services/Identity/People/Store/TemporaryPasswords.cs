using System.Security.Cryptography;

namespace Corridor.Identity.People.Store;

/// <summary>Generated passwords (an initial one, a reset): 16 characters without look-alikes, always meeting <see cref="PasswordRules"/>.</summary>
public static class TemporaryPasswords
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Alphabet = Letters + Digits + "ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Generate()
    {
        // A fixed letter and digit at random places, so the rules hold whatever the other characters are.
        var characters = RandomNumberGenerator.GetString(Alphabet, 14).ToList();
        characters.Insert(RandomNumberGenerator.GetInt32(characters.Count + 1), Letters[RandomNumberGenerator.GetInt32(Letters.Length)]);
        characters.Insert(RandomNumberGenerator.GetInt32(characters.Count + 1), Digits[RandomNumberGenerator.GetInt32(Digits.Length)]);
        return new string([.. characters]);
    }
}
