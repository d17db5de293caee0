using System.Collections.Frozen;

namespace Corridor.BuildingBlocks.Domain;

/// <summary>
/// Every part of a GB 32100 code checked, beyond the check character <see cref="IsValid"/> looks at: the registration
/// authority (char 1) and the category it allows (char 2), the GB/T 2260 division (chars 3–8), the GB 11714
/// organisation code with its own check digit (chars 9–17). <see cref="IsValid"/> keeps its meaning (existing records
/// and tests carry codes whose organisation-code check digit is wrong); the directory asks <see cref="Check"/>.
/// </summary>
public static partial class UnifiedSocialCreditCode
{
    private static readonly int[] OrganisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>GB 32100 appendix A: the registration authorities and the categories each registers.</summary>
    public static FrozenDictionary<char, string> CategoriesByAuthority { get; } = new Dictionary<char, string>
    {
        ['1'] = "1239", // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
        ['2'] = "19", // 外交
        ['3'] = "123459", // 司法行政
        ['4'] = "19", // 文化
        ['5'] = "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
        ['6'] = "129", // 旅游
        ['7'] = "1239", // 宗教
        ['8'] = "19", // 工会
        ['9'] = "123", // 工商: 企业, 个体工商户, 农民专业合作社
        ['A'] = "19", // 中央军委改革和编制办公室
        ['N'] = "1239", // 农业
        ['Y'] = "1", // 其他
    }.ToFrozenDictionary();

    /// <summary>Which part of <paramref name="code"/> is wrong, if any.</summary>
    /// <param name="divisionExists">Whether chars 3–8 name a GB/T 2260 division; without it any six digits pass.</param>
    public static CreditCodeCheck Check(string? code, Func<string, bool>? divisionExists = null)
    {
        if (code is null || code.Length != 18)
        {
            return new(CreditCodePart.Length, "A unified social credit code has 18 characters.");
        }

        var outside = code.FirstOrDefault(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0);
        if (outside != default)
        {
            return new(CreditCodePart.Characters, $"'{outside}' is not a character of a unified social credit code (digits and capital letters but I, O, S, V, Z).");
        }

        if (!CategoriesByAuthority.TryGetValue(code[0], out var categories))
        {
            return new(CreditCodePart.RegistrationAuthority, $"'{code[0]}' is not a registration authority of GB 32100.");
        }

        if (!categories.Contains(code[1], StringComparison.Ordinal))
        {
            return new(CreditCodePart.Category, $"The registration authority '{code[0]}' registers no category '{code[1]}' (it registers {string.Join(", ", categories.ToCharArray())}).");
        }

        var division = code.Substring(2, 6);
        if (!division.All(char.IsAsciiDigit) || (divisionExists is not null && !divisionExists(division)))
        {
            return new(CreditCodePart.Division, $"Characters 3–8 ('{division}') are not a GB/T 2260 division code.");
        }

        if (OrganisationCheckDigit(code.AsSpan(8, 8)) != code[16])
        {
            return new(CreditCodePart.OrganisationCode, $"Characters 9–17 ('{code.Substring(8, 9)}') are not a GB 11714 organisation code: its check digit is wrong.");
        }

        return CheckCharacter(code.AsSpan(0, 17)) == code[17]
            ? CreditCodeCheck.Valid
            : new(CreditCodePart.CheckCharacter, "The check character (the 18th) does not match the first 17 characters.");
    }

    /// <summary>A code valid in every part, built from its parts (demo data, tests, a unit registering for the first time).</summary>
    /// <param name="organisationBody">The first 8 characters of the GB 11714 organisation code; its check digit is computed.</param>
    public static string Create(char authority, char category, string division, string organisationBody)
    {
        if (!CategoriesByAuthority.TryGetValue(authority, out var categories) || !categories.Contains(category, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{authority}{category}' is not a registration authority and category of GB 32100.", nameof(category));
        }

        if (division.Length != 6 || !division.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"'{division}' is not a six-digit division code.", nameof(division));
        }

        if (organisationBody.Length != 8 || organisationBody.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0))
        {
            throw new ArgumentException($"'{organisationBody}' is not 8 characters of the code's alphabet.", nameof(organisationBody));
        }

        return Complete($"{authority}{category}{division}{organisationBody}{OrganisationCheckDigit(organisationBody)}");
    }

    /// <summary>GB 11714: C9 = 11 − (Σ value × weight mod 11), digits 0–9 and A–Z as 10–35; 10 is written 'X', 11 '0'.</summary>
    public static char? OrganisationCheckDigit(ReadOnlySpan<char> body)
    {
        if (body.Length != 8)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : -1;
            if (value < 0)
            {
                return null;
            }

            sum += value * OrganisationCodeWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }
}

/// <summary>The part of a unified social credit code that failed, or <see cref="None"/>.</summary>
public enum CreditCodePart
{
    None,
    Length,
    Characters,
    RegistrationAuthority,
    Category,
    Division,
    OrganisationCode,
    CheckCharacter,
}

public sealed record CreditCodeCheck(CreditCodePart Failed, string Message)
{
    public static CreditCodeCheck Valid { get; } = new(CreditCodePart.None, "");

    public bool IsValid => Failed == CreditCodePart.None;
}
