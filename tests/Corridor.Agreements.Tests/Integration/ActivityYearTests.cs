using System.Net;
using System.Text.Json;
using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>An activity listing's year is a calendar year: one out of range is invalid input naming the field, not a crash.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ActivityYearTests(SharedRabbitMq rabbitMq)
{
    private static readonly int[] OutOfRange = [-1, 10000, int.MaxValue, int.MinValue];

    [SkippableFact]
    public async Task Listing_activities_of_a_year_out_of_the_calendar_is_invalid_input_over_REST_and_gRPC()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        using var rest = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new AgreementsClient(channel);
        var yulin = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Yulin)}" } };

        foreach (var year in OutOfRange.Append(0))
        {
            var problem = await (await rest.GetAsync($"{AgreementsHost.Path}/{id}/activities?year={year}")).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("year", out _), problem.ToString());
        }

        foreach (var year in OutOfRange)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(async () =>
                await grpc.ListActivitiesAsync(new ListActivitiesRequest { AgreementId = id.ToString(), Year = year }, yulin));
            Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
            Assert.Equal(["year"], refused.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        }

        // In proto3 a zero year is no year: every activity.
        Assert.Empty((await grpc.ListActivitiesAsync(new ListActivitiesRequest { AgreementId = id.ToString() }, yulin)).Activities);
        var listed = await (await rest.GetAsync($"{AgreementsHost.Path}/{id}/activities?year=9999")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
    }
}
