using System.Net.Http.Json;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Tests.Integration;
using Corridor.Testing;
using Corridor.Testing.Parity;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Tests.Parity;

/// <summary>
/// Every use case of the Teams service refuses the same invalid input and the same unauthorised caller the same way
/// over REST and over gRPC (field names, reasons, status kinds), and none is left without a row.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TeamsParityTests(SharedRabbitMq rabbitMq)
{
    [Fact]
    public void Every_use_case_of_the_service_has_a_parity_row()
    {
        var catalog = UseCaseCatalog.Of(typeof(TeamsServiceExtensions).Assembly).Select(u => u.Request).ToHashSet();
        var covered = TeamsParityRows.For(Guid.NewGuid()).Select(r => r.UseCase).ToHashSet();
        Assert.Empty(catalog.Except(covered).Select(t => t.Name));
        Assert.Empty(covered.Except(catalog).Select(t => t.Name));
    }

    [SkippableFact]
    public async Task REST_and_gRPC_refuse_alike()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var teamId = await TeamsHost.RegisterAsync(host, TeamsParityRows.Owner);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new G.Teams.TeamsClient(channel);

        var mismatches = new List<string>();
        foreach (var row in TeamsParityRows.For(teamId))
        {
            var token = TestTokens.Member(row.Caller);
            using var rest = host.CreateRestClient(token);
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
            if (row.Body is not null)
            {
                request.Content = JsonContent.Create(row.Body);
            }

            if (row.IfMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", row.IfMatch);
            }

            using var response = await rest.SendAsync(request);
            var overRest = await Refusal.OfHttpAsync(response);
            var overGrpc = await Refusal.OfGrpcAsync(() => row.Grpc(client, new Metadata { { "Authorization", $"Bearer {token}" } }));
            if (overRest != row.Expected || overGrpc != row.Expected)
            {
                mismatches.Add($"{row.UseCase.Name} ({row.Case}): expected {row.Expected}, REST {overRest?.ToString() ?? "accepted"}, gRPC {overGrpc?.ToString() ?? "accepted"}");
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(1L, (await TeamsHost.GetAsync(host, teamId)).GetProperty("version").GetInt64());
    }
}
