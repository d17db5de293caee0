using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.SystemTests.Authorization;

/// <summary>
/// Calls any endpoint of the catalog as a given token: REST with route values filled in and a JSON body, gRPC
/// through the method's own descriptor with the request message read from JSON.
/// </summary>
public sealed partial class EndpointInvoker(Uri restAddress, Uri grpcAddress) : IDisposable
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(b => b, b => b);

    private readonly HttpClient _http = new() { BaseAddress = restAddress };
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(grpcAddress);

    /// <summary>Fills route parameters from <paramref name="values"/>: ids default to a fresh UUID, numbers to 1.</summary>
    public static string Path(string route, IReadOnlyDictionary<string, string> values) =>
        RouteParameter().Replace(route, m => values.TryGetValue(m.Groups["name"].Value, out var value) ? Uri.EscapeDataString(value)
            : m.Groups["constraint"].Value == ":int" ? "1"
            : m.Groups["constraint"].Value == ":guid" ? Guid.NewGuid().ToString()
            : "matrix-" + Guid.NewGuid().ToString("N"));

    public async Task<CallOutcome> CallAsync(
        ServiceEndpoint endpoint, string? token, IReadOnlyDictionary<string, string>? values = null, string? body = null, string? ifMatch = null)
    {
        values ??= new Dictionary<string, string>();
        return endpoint.IsGrpc
            ? await CallGrpcAsync(endpoint.GrpcMethod!, token, body)
            : await CallRestAsync(endpoint, token, values, body, ifMatch);
    }

    private async Task<CallOutcome> CallRestAsync(ServiceEndpoint endpoint, string? token, IReadOnlyDictionary<string, string> values, string? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.HttpMethod!), Path(endpoint.Route!, values));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (endpoint.IsWrite)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
            request.Content = new StringContent(body ?? "{}", Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        string? code = null, scope = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            var problem = JsonDocument.Parse(text).RootElement;
            code = problem.TryGetProperty("code", out var c) ? c.GetString() : null;
            scope = problem.TryGetProperty("scope", out var s) ? s.GetString() : null;
        }

        return new CallOutcome((int)response.StatusCode, null, code, scope, text.Length > 300 ? text[..300] : text);
    }

    private async Task<CallOutcome> CallGrpcAsync(IMethod method, string? token, string? body)
    {
        var call = new Method<byte[], byte[]>(method.Type, method.ServiceName, method.Name, Raw, Raw);
        var headers = new Metadata();
        if (token is not null)
        {
            headers.Add("Authorization", "Bearer " + token);
        }

        byte[] payload;
        try
        {
            payload = body is null ? [] : JsonParser.Default.Parse(body, RequestDescriptor(method)).ToByteArray();
        }
        catch (InvalidJsonException ex)
        {
            throw new InvalidOperationException($"The matrix's request for {method.FullName} is not valid JSON for it ({ex.Message}): {body}", ex);
        }

        var invoker = _channel.CreateCallInvoker();
        try
        {
            if (method.Type == MethodType.ServerStreaming)
            {
                // A stream that is allowed keeps following; the refusal, if any, comes at once.
                using var stream = invoker.AsyncServerStreamingCall(call, null, new CallOptions(headers, DateTime.UtcNow.AddSeconds(3)), payload);
                await stream.ResponseStream.MoveNext(CancellationToken.None);
            }
            else
            {
                await invoker.AsyncUnaryCall(call, null, new CallOptions(headers, DateTime.UtcNow.AddSeconds(30)), payload);
            }

            return new CallOutcome(200, StatusCode.OK, null, null, "");
        }
        catch (RpcException ex)
        {
            var info = ex.GetRpcStatus()?.GetDetail<ErrorInfo>();
            return new CallOutcome(200, ex.StatusCode, info?.Reason, info?.Metadata.TryGetValue("scope", out var scope) == true ? scope : null, ex.Status.Detail);
        }
    }

    /// <summary>The request message type of a generated gRPC method: Method&lt;TRequest, TResponse&gt;.</summary>
    public static MessageDescriptor RequestDescriptor(IMethod method) =>
        (MessageDescriptor)method.GetType().GetGenericArguments()[0]
            .GetProperty("Descriptor", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    public void Dispose()
    {
        _http.Dispose();
        _channel.Dispose();
    }

    [GeneratedRegex(@"\{(?<name>\w+)(?<constraint>:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
