using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Google.Protobuf;
using Grpc.Core;

namespace Corridor.BuildingBlocks.Tests.Grpc;

/// <summary>
/// The other service as the gRPC client's HttpClient sees it: each request reaching it is counted and answered by the
/// next scripted answer (the last one repeats) — a reply, a trailers-only status, or a refused connection — or hangs.
/// </summary>
internal sealed class FakeGrpcPeer(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
{
    private Func<HttpResponseMessage>[] _answers = answers;
    private int _requests;
    private volatile bool _hanging;

    public int Requests => Volatile.Read(ref _requests);

    public void AnswerFromNowOn(Func<HttpResponseMessage> answer) => _answers = [answer];

    /// <summary>From now on the peer takes each request and never answers: it ends only when the caller cancels it.</summary>
    public void HangFromNowOn() => _hanging = true;

    public static HttpResponseMessage Reply(IMessage message)
    {
        var payload = message.ToByteArray();
        var body = new byte[5 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(1, 4), (uint)payload.Length);
        payload.CopyTo(body, 5);
        var response = GrpcResponse(new ByteArrayContent(body));
        response.TrailingHeaders.Add("grpc-status", "0");
        return response;
    }

    /// <summary>A status with no message, sent in the headers (what a server answers when it fails a call at once).</summary>
    public static HttpResponseMessage Status(StatusCode status)
    {
        var response = GrpcResponse(new ByteArrayContent([]));
        response.Headers.Add("grpc-status", ((int)status).ToString(CultureInfo.InvariantCulture));
        return response;
    }

    public static HttpResponseMessage RefusedConnection() =>
        throw new HttpRequestException("Connection refused (fake peer)", new SocketException((int)SocketError.ConnectionRefused));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _requests) - 1;
        if (request.Content is not null)
        {
            await request.Content.ReadAsByteArrayAsync(cancellationToken);
        }

        if (_hanging)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        var answers = _answers;
        return answers[Math.Min(index, answers.Length - 1)]();
    }

    private static HttpResponseMessage GrpcResponse(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        return new HttpResponseMessage(HttpStatusCode.OK) { Version = HttpVersion.Version20, Content = content };
    }
}
