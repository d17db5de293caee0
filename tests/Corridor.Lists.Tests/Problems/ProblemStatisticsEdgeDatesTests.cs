using System.Net;
using System.Text.Json;
using Corridor.Contracts.Lists.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Problems;

/// <summary>The statistics window reaches the ends of the calendar without date arithmetic out of range.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemStatisticsEdgeDatesTests(SharedRabbitMq rabbitMq)
{
    public static TheoryData<string, string, string, string> Windows => new()
    {
        { "", "9999-12-31", "9998-12-31", "9999-12-31" },
        { "", "0001-01-01", "0001-01-01", "0001-01-01" },
        { "0001-01-01", "9999-12-31", "0001-01-01", "9999-12-31" },
        { "9999-12-31", "9999-12-31", "9999-12-31", "9999-12-31" },
    };

    [SkippableTheory]
    [MemberData(nameof(Windows))]
    public async Task Statistics_over_a_window_at_the_ends_of_the_calendar_answer_that_window(string from, string to, string expectedFrom, string expectedTo)
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var rest = host.CreateRestClient(ProblemsApi.Raiser);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new Contracts.Lists.V1.Problems.ProblemsClient(channel);

        var query = from.Length == 0 ? $"?to={to}" : $"?from={from}&to={to}";
        using var response = await rest.GetAsync($"{ProblemsApi.Path}/statistics{query}");
        var body = await response.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var reply = await grpc.GetProblemStatisticsAsync(
            new GetProblemStatisticsRequest { From = from, To = to }, new Metadata { { "Authorization", $"Bearer {ProblemsApi.Raiser}" } });

        Assert.Equal((expectedFrom, expectedTo), (body.GetProperty("from").GetString(), body.GetProperty("to").GetString()));
        Assert.Equal((expectedFrom, expectedTo), (reply.From, reply.To));
        Assert.Equal(0, reply.ResolvedCounted);
    }
}
