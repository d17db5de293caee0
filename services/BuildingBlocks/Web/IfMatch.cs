using Corridor.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Corridor.BuildingBlocks.Web;

public static class IfMatch
{
    /// <summary>The request's If-Match header as a use case's version precondition ("*" or none: not given).</summary>
    public static VersionPrecondition Precondition(HttpRequest request)
    {
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        return new(!string.IsNullOrEmpty(ifMatch) && ifMatch != "*", version => ETags.CheckIfMatch(request, version), version => ETags.RequireIfMatch(request, version));
    }
}
