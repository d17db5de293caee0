using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Corridor.Gateway;

/// <summary>
/// Sends the headers of a server-sent event stream (<c>text/event-stream</c>) to the caller as soon as the service
/// answered them. YARP holds a response's headers back until its first body bytes (so that an empty answer ends the
/// stream at once); an event stream may be silent for minutes, and a caller waits for its headers before it counts the
/// stream as open. The events themselves pass through as they come.
/// </summary>
internal static class EventStreams
{
    public const string MediaType = "text/event-stream";

    public static void SendHeadersAtOnce(TransformBuilderContext route) =>
        route.AddResponseTransform(async response =>
        {
            if (response.ProxyResponse?.Content.Headers.ContentType?.MediaType == MediaType)
            {
                await response.HttpContext.Response.Body.FlushAsync(response.CancellationToken);
            }
        });
}
