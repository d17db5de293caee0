using Corridor.BuildingBlocks.UseCases;
using Grpc.Core;
using Xunit;

namespace Corridor.Testing.Parity;

public static class ParityAssert
{
    /// <summary>
    /// Drives one use case through both adapters and asserts both refuse it the same way (and that they refuse at all).
    /// </summary>
    public static async Task<Refusal> SameRefusalAsync(string useCase, Func<Task<HttpResponseMessage>> rest, Func<Task> grpc)
    {
        using var response = await rest();
        Assert.False(response.IsSuccessStatusCode, $"{useCase}: REST accepted what it should refuse ({(int)response.StatusCode}).");
        var overRest = await Refusal.FromHttpAsync(response);
        var exception = await Assert.ThrowsAsync<RpcException>(grpc);
        var overGrpc = Refusal.FromGrpc(exception);
        Assert.True(overRest == overGrpc, $"{useCase}: REST refused with {overRest}, gRPC with {overGrpc}.");
        return overRest;
    }

    /// <summary>Every use case in <paramref name="namespacePrefix"/> has a row: a new use case without one fails.</summary>
    public static void CoversEveryUseCase(System.Reflection.Assembly service, string namespacePrefix, IEnumerable<Type> rows)
    {
        var declared = UseCaseCatalog.Of(service).Select(u => u.Request)
            .Where(t => t.Namespace?.StartsWith(namespacePrefix, StringComparison.Ordinal) == true)
            .Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();
        var covered = rows.Select(t => t.FullName!).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(declared, covered);
    }
}
