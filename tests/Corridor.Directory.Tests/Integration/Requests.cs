using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Corridor.DirectoryService.Tests.Integration;

/// <summary>REST requests with the headers the directory reads: If-Match and Idempotency-Key.</summary>
internal static class Requests
{
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, long? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"v{version}\""));
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }
}
