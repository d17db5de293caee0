using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;

namespace Corridor.SystemTests.Hostile;

/// <summary>The answer to a hand-made gRPC request: the HTTP status and the grpc-status (from the trailers, or the headers of a trailers-only answer).</summary>
public sealed record GrpcAnswer(int HttpStatus, StatusCode? Status, string Message);

/// <summary>
/// gRPC by hand over HTTP/2 (h2c, prior knowledge): any bytes as the message, framed with the 5-byte prefix
/// (compression flag, big-endian length) or not framed at all, so that a server sees what no generated client sends.
/// </summary>
public sealed class RawGrpc : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { EnableMultipleHttp2Connections = true }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>One length-prefixed message; <paramref name="declaredLength"/> overrides the true length.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> message, uint? declaredLength = null)
    {
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), declaredLength ?? (uint)message.Length);
        message.CopyTo(frame.AsSpan(5));
        return frame;
    }

    public async Task<GrpcAnswer> CallAsync(Uri address, string fullMethodName, byte[] body, string? token, string timeout = "20S")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, fullMethodName))
        {
            Content = new ByteArrayContent(body),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        request.Headers.TryAddWithoutValidation("grpc-timeout", timeout);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _http.SendAsync(request);
        // Reading to the end makes the trailers available; a stream that is allowed would follow on, so stop at the first message.
        var stream = await response.Content.ReadAsStreamAsync();
        var prefix = new byte[5];
        var read = await stream.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false);
        if (read == prefix.Length)
        {
            return new GrpcAnswer((int)response.StatusCode, StatusCode.OK, "a message was sent");
        }

        var status = Header(response.TrailingHeaders, "grpc-status") ?? Header(response.Headers, "grpc-status");
        var message = Header(response.TrailingHeaders, "grpc-message") ?? Header(response.Headers, "grpc-message") ?? "";
        return new GrpcAnswer((int)response.StatusCode, status is null ? null : (StatusCode)int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), Uri.UnescapeDataString(message));
    }

    private static string? Header(HttpHeaders headers, string name) => headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public void Dispose() => _http.Dispose();
}
