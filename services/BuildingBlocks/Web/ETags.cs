using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Corridor.BuildingBlocks.Web;

/// <summary>The aggregate version is the entity tag: a strong ETag "v{version}".</summary>
public static class ETags
{
    public static string For(long version) => $"\"v{version}\"";

    public static void Set(HttpResponse response, long version) => response.Headers[HeaderNames.ETag] = For(version);
}
