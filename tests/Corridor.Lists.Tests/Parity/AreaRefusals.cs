using Corridor.BuildingBlocks.UseCases;
using Corridor.Testing.Parity;

namespace Corridor.Lists.Tests.Parity;

/// <summary>
/// One use case driven over REST and over gRPC with the same input and caller: both must be refused the same way,
/// and that way must be <see cref="Expected"/> (read by the shared <see cref="Refusal"/>).
/// </summary>
/// <remarks>A use case that only REST offers (a file upload) has no <see cref="Grpc"/> call.</remarks>
internal sealed record ParityRow(Type UseCase, Refusal Expected, Func<Task<HttpResponseMessage>> Rest, Func<Task>? Grpc);

/// <summary>The rows of one area of the service, each refused as expected on both sides.</summary>
internal static class AreaRefusals
{
    public static ParityRow Row<TUseCase>(Refusal expected, Func<Task<HttpResponseMessage>> rest, Func<Task> grpc) => new(typeof(TUseCase), expected, rest, grpc);

    public static ParityRow RestOnlyRow<TUseCase>(Refusal expected, Func<Task<HttpResponseMessage>> rest) => new(typeof(TUseCase), expected, rest, null);

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
            Refusal? rest;
            using (var response = await row.Rest())
            {
                rest = await Refusal.OfHttpAsync(response);
            }

            Assert.True(row.Expected == rest, $"{row.UseCase.Name} over REST: expected {row.Expected}, got {Said(rest)}");
            if (row.Grpc is null)
            {
                continue;
            }

            var grpc = await Refusal.OfGrpcAsync(row.Grpc);
            Assert.True(rest == grpc, $"{row.UseCase.Name}: REST answered {Said(rest)}, gRPC {Said(grpc)}");
        }
    }

    private static string Said(Refusal? refusal) => refusal?.ToString() ?? "accepted";
}
