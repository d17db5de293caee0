using Corridor.BuildingBlocks.Domain;

namespace Corridor.BuildingBlocks.Tests.Domain;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the example code printed in GB 32100-2015
    [InlineData("914403001922038216")] // a registered company's code
    public void Accepts_published_codes(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y44")] // wrong check character
    [InlineData("91350100M000100Y4")] // too short
    [InlineData("91350100M000I00Y43")] // I is not in the alphabet
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_malformed_codes(string? code) => Assert.False(UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void Completes_a_body_with_its_check_character()
    {
        var code = UnifiedSocialCreditCode.Complete("11450900MB0000001");

        Assert.Equal(18, code.Length);
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        Assert.False(UnifiedSocialCreditCode.IsValid(code[..17] + (code[17] == '0' ? '1' : '0')));
    }
}
