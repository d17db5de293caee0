using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Corridor.BuildingBlocks.Web;

public static class IfMatch
{
    /// <summary>
    /// The request's If-Match header as a use case's version precondition ("*" or none: not given). Where a version is
    /// required, "*" is refused like a missing header (428 precondition-required): RFC 9110 lets "*" match any current
    /// representation, so it would let a write overwrite changes its sender never saw. Where the version is only
    /// checked when given, "*" keeps its RFC meaning and matches.
    /// </summary>
    public static VersionPrecondition Precondition(HttpRequest request)
    {
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        return new(!string.IsNullOrEmpty(ifMatch) && !IsWildcard(ifMatch), version => ETags.CheckIfMatch(request, version), version =>
        {
            if (IsWildcard(ifMatch))
            {
                throw new PreconditionRequiredException(HeaderNames.IfMatch);
            }

            ETags.RequireIfMatch(request, version);
        });
    }

    private static bool IsWildcard(string ifMatch) => ifMatch.Trim() == "*";
}
