using Corridor.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Corridor.BuildingBlocks.Web;

/// <summary>The aggregate version is the entity tag: a strong ETag "v{version}".</summary>
public static class ETags
{
    public static string For(long version) => $"\"v{version}\"";

    public static void Set(HttpResponse response, long version) => response.Headers[HeaderNames.ETag] = For(version);

    /// <summary>For updates: If-Match must be present (otherwise 428) and name the current version (otherwise 412).</summary>
    public static void RequireIfMatch(HttpRequest request, long currentVersion)
    {
        if (string.IsNullOrWhiteSpace(request.Headers[HeaderNames.IfMatch].ToString()))
        {
            throw new PreconditionRequiredException(HeaderNames.IfMatch);
        }

        CheckIfMatch(request, currentVersion);
    }

    /// <summary>When the request carries If-Match, it must name the current version (otherwise 412).</summary>
    public static void CheckIfMatch(HttpRequest request, long currentVersion)
    {
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrEmpty(ifMatch) || ifMatch == "*")
        {
            return;
        }

        var current = For(currentVersion);
        var matches = ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == current || tag == "W/" + current);
        if (!matches)
        {
            throw new PreconditionFailedException(currentVersion);
        }
    }
}
