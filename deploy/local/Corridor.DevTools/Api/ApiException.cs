using System.Net;

namespace Corridor.DevTools.Api;

/// <summary>A service answered a request with a status other than 2xx; <see cref="Body"/> holds its problem+json.</summary>
public sealed class ApiException(string request, HttpStatusCode status, string body)
    : Exception($"{request} answered {(int)status} {status}")
{
    public string Request { get; } = request;

    public HttpStatusCode Status { get; } = status;

    public string Body { get; } = body;
}
