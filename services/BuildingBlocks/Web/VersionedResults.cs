using Corridor.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Web;

public static class VersionedResults
{
    /// <summary>Answers the view with its version as the ETag, so the caller can send it back as If-Match.</summary>
    public static T Versioned<T>(this HttpContext http, T view)
        where T : IVersionedView
    {
        ETags.Set(http.Response, view.Version);
        return view;
    }
}
