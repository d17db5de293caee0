using System.Net;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;

namespace Corridor.Agreements.Tests.Parity;

/// <summary>
/// What a call answered, in terms both adapters share: "invalid" with the field names, "forbidden" or "conflict"
/// with the code, "not-found", "stale", "precondition-required", or "ok".
/// </summary>
internal sealed record Refusal(string Kind, string Detail)
{
    public static Refusal Ok { get; } = new("ok", "");

    public static async Task<Refusal> OfRestAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return Ok;
        }

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        string Code() => problem.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "";
        return response.StatusCode switch
        {
            HttpStatusCode.BadRequest => new("invalid", Fields(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name))),
            HttpStatusCode.Forbidden => new("forbidden", Code()),
            HttpStatusCode.NotFound => new("not-found", ""),
            HttpStatusCode.Conflict => new("conflict", Code()),
            HttpStatusCode.PreconditionFailed => new("stale", ""),
            (HttpStatusCode)428 => new("precondition-required", ""),
            _ => new($"http-{(int)response.StatusCode}", Code()),
        };
    }

    public static async Task<Refusal> OfGrpcAsync(Func<Task> call)
    {
        try
        {
            await call();
            return Ok;
        }
        catch (RpcException e)
        {
            var status = e.GetRpcStatus();
            var reason = status?.GetDetail<ErrorInfo>()?.Reason ?? "";
            return e.StatusCode switch
            {
                StatusCode.InvalidArgument => new("invalid", Fields(status?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? [])),
                StatusCode.PermissionDenied => new("forbidden", reason),
                StatusCode.NotFound => new("not-found", ""),
                StatusCode.FailedPrecondition when reason == "precondition-required" => new("precondition-required", ""),
                StatusCode.FailedPrecondition => new("conflict", reason),
                StatusCode.Aborted when reason == "stale-version" => new("stale", ""),
                _ => new($"grpc-{e.StatusCode}", reason),
            };
        }
    }

    private static string Fields(IEnumerable<string> names) => string.Join(",", names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
