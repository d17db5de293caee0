using System.Net;
using System.Text.Json;
using Corridor.Agreements.Activities;
using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using AgreementsClient = Corridor.Contracts.Agreements.V1.Agreements.AgreementsClient;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>The agreement and activity lists page with a cursor, over REST and gRPC: no agreement or activity is out of reach.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementPagingTests(SharedRabbitMq rabbitMq)
{
    private const int Agreements = 575;
    private const int Activities = 230;

    [SkippableFact]
    public async Task Every_one_of_575_agreements_and_230_activities_is_listed_once_page_by_page_over_REST_and_gRPC()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var (agreementIds, active, activityIds) = await StoreAsync(host);
        using var rest = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new AgreementsClient(channel);
        var bearer = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Yulin)}" } };

        var overRest = await PagesAsync(rest, AgreementsHost.Path, 200);
        var overGrpc = new List<string>();
        var pages = 0;
        for (var token = ""; pages == 0 || token.Length > 0; pages++)
        {
            var page = await grpc.ListAgreementsAsync(new ListAgreementsRequest { PageToken = token, PageSize = 100 }, bearer);
            overGrpc.AddRange(page.Agreements.Select(a => a.AgreementId));
            token = page.NextPageToken;
        }

        Assert.Equal(agreementIds, overRest.Select(Guid.Parse).ToArray());
        Assert.Equal(agreementIds, overGrpc.Select(Guid.Parse).ToArray());
        Assert.Equal(6, pages);
        var activitiesOverRest = await PagesAsync(rest, $"{AgreementsHost.Path}/{active}/activities", 100);
        var activitiesOverGrpc = await grpc.ListActivitiesAsync(new ListActivitiesRequest { AgreementId = active.ToString(), PageSize = 200 }, bearer);
        var rest2 = await grpc.ListActivitiesAsync(
            new ListActivitiesRequest { AgreementId = active.ToString(), PageSize = 200, PageToken = activitiesOverGrpc.NextPageToken }, bearer);
        Assert.Equal(activityIds, activitiesOverRest.Select(Guid.Parse).ToArray());
        Assert.Equal(activityIds, activitiesOverGrpc.Activities.Concat(rest2.Activities).Select(a => Guid.Parse(a.ActivityId)).ToArray());
        Assert.Equal("", rest2.NextPageToken);

        var tooLarge = await (await rest.GetAsync($"{AgreementsHost.Path}?limit=201")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(HasError(tooLarge, "limit"));
        var agreementsCursor = (await (await rest.GetAsync($"{AgreementsHost.Path}?limit=1")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("nextCursor").GetString()!;
        var foreignCursor = await (await rest.GetAsync($"{AgreementsHost.Path}/{active}/activities?cursor={Uri.EscapeDataString(agreementsCursor)}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(HasError(foreignCursor, "cursor"));
    }

    private static bool HasError(JsonElement problem, string field) =>
        problem.GetProperty("errors").EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase));

    private static async Task<IReadOnlyList<string>> PagesAsync(HttpClient client, string path, int limit)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"{path}?limit={limit}{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return ids;
    }

    /// <summary>575 agreements created a second apart, the oldest one active with 230 activities on 23 days.</summary>
    private static async Task<(Guid[] Agreements, Guid Active, Guid[] Activities)> StoreAsync(ServiceHost<AgreementsServiceMarker> host)
    {
        var drafts = Enumerable.Range(0, Agreements - 1)
            .Select(i => TestAgreements.DraftOf(
                AgreementKind.Memorandum, $"备忘录 {i}", [TestAgreements.Party(DemoOrgans.Yulin), TestAgreements.Party(DemoOrgans.Zhaoqing)],
                TestAgreements.Start, TestAgreements.End, TestAgreements.Now.AddSeconds(i + 1)))
            .ToList();
        var active = TestAgreements.Active(DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var now = TestAgreements.Now.AddDays(30);
        var activities = Enumerable.Range(0, Activities)
            .Select(i => Activity.Record(active, TestAgreements.Member(DemoOrgans.Yulin), Input(new DateOnly(2026, 5, 5).AddDays(i % 23)), now))
            .ToList();
        await host.QueryAsync<AgreementsDbContext, int>(db =>
        {
            db.Agreements.AddRange(drafts);
            db.Agreements.Add(active);
            db.Activities.AddRange(activities);
            return db.SaveChangesAsync();
        });
        var agreementIds = drafts.Prepend(active).OrderBy(a => a.CreatedAt).Select(a => a.Id).ToArray();
        var activityIds = await host.QueryAsync<AgreementsDbContext, Guid[]>(db => Task.FromResult(
            db.Activities.OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => a.Id).ToArray()));
        return (agreementIds, active.Id, activityIds);
    }

    private static ActivityInput Input(DateOnly date) => new(
        CooperationArea.JointStudy, date, DemoOrgans.Yulin.Id, [DemoOrgans.Yulin.Id, DemoOrgans.Zhaoqing.Id], 20, "联合开展专题学习研讨", null);
}
