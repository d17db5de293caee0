using System.Text.Json;
using Google.Rpc;
using Grpc.Core;

namespace Corridor.Teams.Tests.Parity;

/// <summary>
/// A refusal as the caller sees it, read the same way from a REST problem and from a gRPC status, so the two can be
/// compared: the kind (invalid, forbidden, not-found, conflict, stale, precondition-required) and its detail (the
/// field names of a 400 / INVALID_ARGUMENT, the code of a 403 / PERMISSION_DENIED or a 409 / FAILED_PRECONDITION).
/// </summary>
internal sealed record Refusal(string Kind, string Detail)
{
    public static async Task<Refusal> OfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var problem = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
        return (int)response.StatusCode switch
        {
            400 => new("invalid", Fields(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name))),
            403 => new("forbidden", problem.GetProperty("code").GetString()!),
            404 => new("not-found", ""),
            409 => new("conflict", problem.GetProperty("code").GetString()!),
            412 => new("stale", ""),
            428 => new("precondition-required", ""),
            _ => new($"HTTP {(int)response.StatusCode} ({response.StatusCode})", text),
        };
    }

    public static async Task<Refusal> OfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return new("accepted", "");
        }
        catch (RpcException ex)
        {
            var status = ex.GetRpcStatus();
            string Reason() => status?.GetDetail<ErrorInfo>()?.Reason ?? "";
            return ex.StatusCode switch
            {
                StatusCode.InvalidArgument => new("invalid", Fields(status?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? [])),
                StatusCode.PermissionDenied => new("forbidden", Reason()),
                StatusCode.NotFound => new("not-found", ""),
                StatusCode.FailedPrecondition when Reason() == "precondition-required" => new("precondition-required", ""),
                StatusCode.FailedPrecondition => new("conflict", Reason()),
                StatusCode.Aborted => new("stale", ""),
                _ => new($"gRPC {ex.StatusCode}", ex.Status.Detail),
            };
        }
    }

    private static string Fields(IEnumerable<string> names) => string.Join(",", names.Distinct().Order(StringComparer.Ordinal));
}
