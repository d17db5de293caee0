using System.Text.Json;
using Google.Rpc;
using Grpc.Core;

namespace Corridor.Testing.Parity;

/// <summary>
/// A refusal as both adapters must give it, whatever the transport: its kind, the stable code (problem <c>code</c> /
/// ErrorInfo reason) and, for invalid input, the names of the fields at fault.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string? Code, IReadOnlyList<string> Fields)
{
    public override string ToString() => $"{Kind} {Code} [{string.Join(", ", Fields)}]";

    public bool SameAs(Refusal other) =>
        Kind == other.Kind && Code == other.Code && Fields.SequenceEqual(other.Fields, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a problem+json answer: 400 → its error keys, others → its <c>code</c> extension.</summary>
    public static async Task<Refusal> FromHttpAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var kind = RefusalKinds.FromHttp((int)response.StatusCode)
            ?? throw new InvalidOperationException($"HTTP {(int)response.StatusCode} is not a refusal: {body}");
        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        var fields = root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.OrdinalIgnoreCase).ToArray()
            : [];
        var code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
        return new Refusal(kind, kind == RefusalKind.InvalidInput ? null : code, fields);
    }

    /// <summary>Reads a gRPC status with rich details: BadRequest field violations, or the ErrorInfo reason.</summary>
    public static Refusal FromGrpc(RpcException exception)
    {
        var kind = RefusalKinds.FromGrpc(exception.StatusCode)
            ?? throw new InvalidOperationException($"gRPC {exception.StatusCode} is not a refusal: {exception.Status.Detail}");
        var status = exception.GetRpcStatus();
        var fields = status?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).ToArray() ?? [];
        var code = status?.GetDetail<ErrorInfo>()?.Reason;
        return new Refusal(kind, kind == RefusalKind.InvalidInput ? null : code, fields);
    }
}
