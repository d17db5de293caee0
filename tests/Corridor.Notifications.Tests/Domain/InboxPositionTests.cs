using Corridor.Notifications.Inbox;
using CsCheck;
using FluentValidation;

namespace Corridor.Notifications.Tests.Domain;

public sealed class InboxPositionTests
{
    [Fact]
    public void Every_position_decodes_to_itself() =>
        Gen.Long[0, long.MaxValue].Sample(sequence => InboxPosition.Decode(InboxPosition.Encode(sequence), "cursor") == sequence);

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("bjE=x")]
    [InlineData("eDE")]
    [InlineData("bi0x")]
    public void A_token_it_did_not_hand_out_is_a_validation_error_naming_the_field(string token)
    {
        var error = Assert.Throws<ValidationException>(() => InboxPosition.Decode(token, "cursor"));

        Assert.Equal("cursor", Assert.Single(error.Errors).PropertyName);
    }

    [Theory]
    [InlineData(null, InboxLanguage.Chinese)]
    [InlineData("zh-CN,zh;q=0.9", InboxLanguage.Chinese)]
    [InlineData("en-GB,en;q=0.8", InboxLanguage.English)]
    [InlineData("EN", InboxLanguage.English)]
    public void English_only_when_asked_for(string? asked, InboxLanguage expected) =>
        Assert.Equal(expected, InboxPosition.Language(asked));
}
