using System.Text.Json;
using Google.Rpc;
using Grpc.Core;

namespace Corridor.Testing.Parity;

/// <summary>
/// A refusal as both adapters must give it, whatever the transport: its kind, the stable code (problem <c>code</c> /
/// ErrorInfo reason) and, for invalid input, the names of the fields at fault. Two refusals are equal when all three
/// match (field names in any order and case); an accepted call reads as null.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string? Code, IReadOnlyList<string> Fields)
{
    /// <summary>400 ↔ INVALID_ARGUMENT naming <paramref name="fields"/>.</summary>
    public static Refusal Invalid(params string[] fields) => new(RefusalKind.InvalidInput, null, fields);

    public static Refusal Of(RefusalKind kind, string? code) => new(kind, code, []);

    public override string ToString() => $"{Kind} {Code} [{string.Join(", ", Fields)}]";

    public bool Equals(Refusal? other) =>
        other is not null && Kind == other.Kind && Code == other.Code && Normal(Fields).SequenceEqual(Normal(other.Fields), StringComparer.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(Kind, Code);

    /// <summary>The refusal of a REST answer, or null when the call was answered.</summary>
    public static async Task<Refusal?> OfHttpAsync(HttpResponseMessage response) => response.IsSuccessStatusCode ? null : await FromHttpAsync(response);

    /// <summary>The refusal of a gRPC call, or null when the call was answered.</summary>
    public static async Task<Refusal?> OfGrpcAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (RpcException refused)
        {
            return FromGrpc(refused);
        }
    }

    /// <summary>Reads a problem+json answer: 400 → its error keys, others → its <c>code</c> extension.</summary>
    public static async Task<Refusal> FromHttpAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var kind = RefusalKinds.FromHttp((int)response.StatusCode)
            ?? throw new InvalidOperationException($"HTTP {(int)response.StatusCode} is not a refusal: {body}");
        if (body.Length == 0)
        {
            return new Refusal(kind, null, []);
        }

        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        var fields = root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().Select(e => e.Name).ToArray()
            : [];
        var code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
        return new Refusal(kind, kind == RefusalKind.InvalidInput ? null : code, fields);
    }

    /// <summary>Reads a gRPC status with rich details: BadRequest field violations, or the ErrorInfo reason.</summary>
    public static Refusal FromGrpc(RpcException exception)
    {
        var status = exception.GetRpcStatus();
        var code = status?.GetDetail<ErrorInfo>()?.Reason;
        var kind = RefusalKinds.FromGrpc(exception.StatusCode, code)
            ?? throw new InvalidOperationException($"gRPC {exception.StatusCode} is not a refusal: {exception.Status.Detail}");
        var fields = status?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToArray() ?? [];
        return new Refusal(kind, kind == RefusalKind.InvalidInput ? null : code, fields);
    }

    private static IEnumerable<string> Normal(IEnumerable<string> fields) =>
        fields.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
}
