using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Tests.Web;

public sealed class IfMatchTests
{
    [Fact]
    public void A_wildcard_is_refused_where_a_version_is_required()
    {
        var precondition = IfMatch.Precondition(Request("*"));

        Assert.False(precondition.IsGiven);
        var refused = Assert.Throws<PreconditionRequiredException>(() => precondition.Required.Check(3));
        Assert.Equal("If-Match", refused.Header);
        Assert.Throws<PreconditionRequiredException>(() => precondition.Require(3));
    }

    [Fact]
    public void A_wildcard_matches_any_version_where_the_version_is_only_checked_when_given()
    {
        IfMatch.Precondition(Request("*")).Check(3);
    }

    [Fact]
    public void A_named_version_is_still_required_to_be_current()
    {
        IfMatch.Precondition(Request("\"v3\"")).Required.Check(3);
        Assert.Throws<PreconditionFailedException>(() => IfMatch.Precondition(Request("\"v2\"")).Required.Check(3));
        Assert.Throws<PreconditionRequiredException>(() => IfMatch.Precondition(Request(null)).Required.Check(3));
    }

    private static HttpRequest Request(string? ifMatch)
    {
        var http = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            http.Request.Headers.IfMatch = ifMatch;
        }

        return http.Request;
    }
}
