using Corridor.BuildingBlocks.Domain;
using Corridor.DirectoryService.Organs;
using Corridor.DirectoryService.Regions;
using Corridor.Testing;

namespace Corridor.DirectoryService.Tests.Domain;

/// <summary>Every part of GB 32100 is checked, each with a code that fails only there.</summary>
public sealed class CreditCodeTests
{
    private static readonly DivisionTable Divisions = DivisionTable.Shipped;

    private static readonly string Valid = TestOrgans.Code("450521", 1);

    [Fact]
    public void A_code_built_from_its_parts_is_valid_in_every_part()
    {
        Assert.Equal(CreditCodePart.None, UnifiedSocialCreditCode.Check(Valid, Divisions.Contains).Failed);
        Assert.True(UnifiedSocialCreditCode.IsValid(Valid));
        Assert.Null(OrganIdentifiers.CreditCodeProblem(Valid, Divisions));
    }

    [Theory]
    [InlineData("12345678", '8')]
    [InlineData("00000000", '0')]
    [InlineData("40000000", 'X')]
    public void The_organisation_code_check_digit_follows_GB_11714(string body, char expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.OrganisationCheckDigit(body));

    [Fact]
    public void Each_part_fails_on_its_own()
    {
        Assert.Equal(CreditCodePart.Length, Failed(Valid[..17]));
        Assert.Equal(CreditCodePart.Characters, Failed(Valid[..10] + "I" + Valid[11..]));
        Assert.Equal(CreditCodePart.RegistrationAuthority, Failed(Completed("B1", "450521")));
        Assert.Equal(CreditCodePart.Category, Failed(Completed("14", "450521")));
        Assert.Equal(CreditCodePart.Division, Failed(Completed("11", "459999")));
        Assert.Equal(CreditCodePart.OrganisationCode, Failed(UnifiedSocialCreditCode.Complete(Valid[..16] + (Valid[16] == '1' ? '2' : '1'))));
        Assert.Equal(CreditCodePart.CheckCharacter, Failed(Valid[..17] + (Valid[17] == '1' ? '2' : '1')));
    }

    [Fact]
    public void IsValid_still_accepts_the_codes_of_existing_records_whose_organisation_check_digit_is_wrong()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(DemoOrgans.Guangxi.Id));
        Assert.Equal(CreditCodePart.OrganisationCode, Failed(DemoOrgans.Guangxi.Id));
    }

    [Fact]
    public void Organs_are_registered_by_the_establishment_or_the_civil_affairs_authority_only()
    {
        var enterprise = UnifiedSocialCreditCode.Create('9', '1', "450521", "MB000001");
        var association = UnifiedSocialCreditCode.Create('5', '1', "450521", "MB000001");

        Assert.Equal(CreditCodePart.None, Failed(enterprise));
        Assert.Contains("registration authority '9'", OrganIdentifiers.CreditCodeProblem(enterprise, Divisions), StringComparison.Ordinal);
        Assert.Null(OrganIdentifiers.CreditCodeProblem(association, Divisions));
    }

    [Fact]
    public void The_region_must_be_the_embedded_division_or_one_it_lies_in()
    {
        Assert.Null(OrganIdentifiers.RegionProblem(Valid, "450521", Divisions));
        Assert.Null(OrganIdentifiers.RegionProblem(Valid, "450500", Divisions));
        Assert.Null(OrganIdentifiers.RegionProblem(Valid, "450000", Divisions));
        Assert.Contains("450521", OrganIdentifiers.RegionProblem(Valid, "450100", Divisions), StringComparison.Ordinal);
        Assert.NotNull(OrganIdentifiers.RegionProblem(Valid, "440000", Divisions));
    }

    [Fact]
    public void A_conference_id_is_CX_the_region_and_a_ten_digit_serial_and_never_a_valid_credit_code()
    {
        var id = OrganIdentifiers.ConferenceId("450500", 42);

        Assert.Equal(("CX4505000000000042", 18), (id, id.Length));
        Assert.True(OrganIdentifiers.IsConferenceId(id));
        Assert.Equal(42, OrganIdentifiers.SerialOf(id));
        Assert.Equal(CreditCodePart.RegistrationAuthority, Failed(UnifiedSocialCreditCode.Complete(id[..17])));
    }

    private static CreditCodePart Failed(string code) => UnifiedSocialCreditCode.Check(code, Divisions.Contains).Failed;

    /// <summary>Authority and category as given, a valid organisation code and check character: only the first two characters can fail.</summary>
    private static string Completed(string authorityAndCategory, string division)
    {
        const string body = "MB000001";
        return UnifiedSocialCreditCode.Complete($"{authorityAndCategory}{division}{body}{UnifiedSocialCreditCode.OrganisationCheckDigit(body)}");
    }
}
