using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.BuildingBlocks.UseCases;
using Google.Rpc;
using Grpc.Core;

namespace Corridor.Lists.Tests.Parity;

/// <summary>
/// One use case driven over REST and over gRPC with the same input and caller: both must be refused the same way,
/// and that way must be <see cref="Expected"/> (a status class and, where the refusal has one, its code or its fields).
/// </summary>
/// <remarks>A use case that only REST offers (a file upload) has no <see cref="Grpc"/> call.</remarks>
internal sealed record ParityRow(Type UseCase, string Expected, Func<Task<HttpResponseMessage>> Rest, Func<Task>? Grpc);

/// <summary>
/// Refusals read as one comparable text: "400 [FieldA,FieldB]", "403 code", "404 not-found", "409 code", "412 stale-version",
/// "422 code" (gRPC: INVALID_ARGUMENT with a reason and no field violations), "428 precondition-required".
/// </summary>
internal static class AreaRefusals
{
    public static ParityRow Row<TUseCase>(string expected, Func<Task<HttpResponseMessage>> rest, Func<Task> grpc) => new(typeof(TUseCase), expected, rest, grpc);

    public static ParityRow RestOnlyRow<TUseCase>(string expected, Func<Task<HttpResponseMessage>> rest) => new(typeof(TUseCase), expected, rest, null);

    /// <summary>Every row refused as expected on both sides, and every use case of <paramref name="namespaces"/> has a row.</summary>
    public static async Task AssertAsync(IReadOnlyList<ParityRow> rows, params string[] namespaces)
    {
        var catalog = UseCaseCatalog.Of(typeof(ListsServiceExtensions).Assembly)
            .Select(d => d.Request)
            .Where(t => namespaces.Any(n => t.Namespace == n || t.Namespace?.StartsWith(n + ".", StringComparison.Ordinal) == true))
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(catalog);
        Assert.Equal(catalog, rows.Select(r => r.UseCase.Name).Distinct().Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var rest = await RestAsync(row.Rest);
            Assert.True(row.Expected == rest, $"{row.UseCase.Name} over REST: expected {row.Expected}, got {rest}");
            if (row.Grpc is null)
            {
                continue;
            }

            var grpc = await GrpcAsync(row.Grpc);
            Assert.True(rest == grpc, $"{row.UseCase.Name}: REST answered {rest}, gRPC {grpc}");
        }
    }

    private static async Task<string> RestAsync(Func<Task<HttpResponseMessage>> call)
    {
        using var response = await call();
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent)
        {
            return $"{status} accepted";
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.StatusCode == HttpStatusCode.BadRequest && body.TryGetProperty("errors", out var errors)
            ? $"400 [{string.Join(",", errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal))}]"
            : $"{status} {(body.TryGetProperty("code", out var code) ? code.GetString() : "no-code")}";
    }

    private static async Task<string> GrpcAsync(Func<Task> call)
    {
        try
        {
            await call();
            return "200 accepted";
        }
        catch (RpcException refused)
        {
            var status = refused.GetRpcStatus();
            var reason = status?.GetDetail<ErrorInfo>()?.Reason ?? "no-code";
            return refused.StatusCode switch
            {
                StatusCode.InvalidArgument when status?.GetDetail<ErrorInfo>() is not null => $"422 {reason}",
                StatusCode.InvalidArgument =>
                    $"400 [{string.Join(",", (status?.GetDetail<BadRequest>()?.FieldViolations ?? []).Select(v => v.Field).Distinct().Order(StringComparer.Ordinal))}]",
                StatusCode.PermissionDenied => $"403 {reason}",
                StatusCode.NotFound => $"404 {reason}",
                StatusCode.Aborted => $"412 {reason}",
                StatusCode.FailedPrecondition when reason == "precondition-required" => $"428 {reason}",
                StatusCode.FailedPrecondition => $"409 {reason}",
                _ => $"{refused.StatusCode} {reason}",
            };
        }
    }
}
