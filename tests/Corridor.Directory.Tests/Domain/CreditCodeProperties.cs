using Corridor.BuildingBlocks.Domain;
using Corridor.DirectoryService.Regions;
using CsCheck;

namespace Corridor.DirectoryService.Tests.Domain;

/// <summary>Properties of the GB 32100 validator over generated codes.</summary>
public sealed class CreditCodeProperties
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly DivisionTable Divisions = DivisionTable.Shipped;

    private static readonly Gen<(char Authority, char Category)> AuthorityAndCategory = Gen.OneOf(
        UnifiedSocialCreditCode.CategoriesByAuthority.SelectMany(a => a.Value.Select(c => (a.Key, c))).ToArray());

    private static readonly Gen<string> ValidCodes = Gen.Select(
        AuthorityAndCategory,
        Gen.OneOf(Divisions.All.Select(d => d.Code).ToArray()),
        Gen.String[Gen.Char[Alphabet], 8, 8],
        (pair, division, body) => UnifiedSocialCreditCode.Create(pair.Authority, pair.Category, division, body));

    [Fact]
    public void Every_code_Create_builds_is_valid_in_every_part() =>
        ValidCodes.Sample(code => UnifiedSocialCreditCode.Check(code, Divisions.Contains).IsValid && UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void Any_single_character_changed_is_caught() =>
        Gen.Select(ValidCodes, Gen.Int[0, 17], Gen.Char["0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabz-* 中"])
            .Where(t => t.Item1[t.Item2] != t.Item3)
            .Sample(t =>
            {
                var (code, position, replacement) = t;
                var changed = string.Concat(code.AsSpan(0, position), replacement.ToString(), code.AsSpan(position + 1));
                return !UnifiedSocialCreditCode.Check(changed, Divisions.Contains).IsValid;
            });
}
