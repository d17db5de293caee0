namespace Corridor.BuildingBlocks.Domain;

/// <summary>
/// GB 32100-2015 unified social credit code: 18 characters; the last is a check character over the
/// first 17 (weights 3^i mod 31, alphabet without I, O, S, V, Z).
/// </summary>
public static partial class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != 18)
        {
            return false;
        }

        var check = CheckCharacter(code.AsSpan(0, 17));
        return check is not null && check == code[17];
    }

    /// <summary>The check character for a 17-character body, or null when the body has a character outside the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(body[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Completes a 17-character body with its check character (demo data and tests).</summary>
    public static string Complete(string body) =>
        body + (CheckCharacter(body) ?? throw new ArgumentException($"'{body}' is not a 17-character code body.", nameof(body)));
}
