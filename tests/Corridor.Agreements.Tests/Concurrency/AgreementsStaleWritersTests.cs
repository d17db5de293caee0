using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Agreements.Tests.Integration;
using Corridor.Contracts.Agreements.V1;
using Corridor.Testing;
using Corridor.Testing.Concurrency;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit.Abstractions;

namespace Corridor.Agreements.Tests.Concurrency;

/// <summary>
/// The concurrency run for the Agreements records: 50 writers with one version of a draft agreement (revised), of an
/// agreement with a pending amendment (signed) and of an activity (corrected by reference) — one wins, 49 are told
/// they are stale, over REST (412 stale-version) and over gRPC (ABORTED).
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementsStaleWritersTests(SharedRabbitMq rabbitMq, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Fifty_writers_with_one_version_of_an_Agreements_record_one_wins_and_49_are_stale()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new Contracts.Agreements.V1.Agreements.AgreementsClient(channel);
        var asYulin = Bearer(TestTokens.Member(DemoOrgans.Yulin));
        var asZhaoqing = Bearer(TestTokens.Member(DemoOrgans.Zhaoqing));
        var tallies = new List<StaleWriteTally>();

        var draft = await AgreementsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        tallies.Add(await StaleWriters.RestAsync("agreement", i => Send(yulin, HttpMethod.Put, $"{AgreementsHost.Path}/{draft}", 1, Draft($"玉林–肇庆机关党建合作协议 第{i}稿"))));
        draft = await AgreementsHost.CreateAsync(host, DemoOrgans.Yulin, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        tallies.Add(await StaleWriters.GrpcAsync("agreement", i => grpc.UpdateAgreementAsync(Update(draft, $"玉林–肇庆机关党建合作协议 第{i}稿"), asYulin).ResponseAsync));

        // Each agreement in force pairs other organs: one pair may not hold two overlapping pairing agreements.
        var (amended, version) = await PendingAmendmentAsync(host, yulin, DemoOrgans.Zhaoqing);
        tallies.Add(await StaleWriters.RestAsync("amendment", i => Send(yulin, HttpMethod.Post, $"{AgreementsHost.Path}/{amended}/amendments/1/signatures", version, new { signatory = $"张伟{i}" })));
        (amended, version) = await PendingAmendmentAsync(host, yulin, DemoOrgans.Zhanjiang);
        tallies.Add(await StaleWriters.GrpcAsync("amendment", i => grpc.SignAmendmentAsync(
            new SignAmendmentRequest { AgreementId = amended.ToString(), ExpectedVersion = version, Number = 1, Signatory = $"张伟{i}" }, asYulin).ResponseAsync));

        var active = await AgreementsHost.ActiveAsync(host, DemoOrgans.Hezhou, DemoOrgans.Zhaoqing);
        var reference = await RecordByReferenceAsync(zhaoqing, active);
        tallies.Add(await StaleWriters.RestAsync("activity", i => Send(zhaoqing, HttpMethod.Put, $"{AgreementsHost.Path}/{active}/activities/by-ref/{reference}", 1, Activity(46 + i))));
        reference = await RecordByReferenceAsync(zhaoqing, active);
        tallies.Add(await StaleWriters.GrpcAsync("activity", i => grpc.UpsertActivityAsync(UpsertActivity(active, reference, 46 + i), asZhaoqing).ResponseAsync));

        output.WriteLine(StaleWriteTally.Header);
        tallies.ForEach(t => output.WriteLine(t.ToString()));
        Assert.All(tallies, t => Assert.True(t.ExactlyOneWon, t.ToString()));
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, long version, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"v{version}\"");
        return await client.SendAsync(request);
    }

    private static object Draft(string title) => new
    {
        kind = "PairingAgreement",
        title,
        parties = new[] { AgreementsHost.Party(DemoOrgans.Yulin), AgreementsHost.Party(DemoOrgans.Zhaoqing) },
        termStart = "2026-01-01",
        termEnd = "2028-12-31",
    };

    private static UpdateAgreementRequest Update(Guid id, string title)
    {
        var update = new UpdateAgreementRequest { AgreementId = id.ToString(), ExpectedVersion = 1, Kind = "PairingAgreement", Title = title, TermStart = "2026-01-01", TermEnd = "2028-12-31" };
        update.Parties.Add(new Party { OrganId = DemoOrgans.Yulin.Id, OrganName = DemoOrgans.Yulin.Name, RegionCode = DemoOrgans.Yulin.RegionCode });
        update.Parties.Add(new Party { OrganId = DemoOrgans.Zhaoqing.Id, OrganName = DemoOrgans.Zhaoqing.Name, RegionCode = DemoOrgans.Zhaoqing.RegionCode });
        return update;
    }

    /// <summary>An agreement in force with amendment 1 (a longer term) waiting for both signatures, and the version it is at.</summary>
    private static async Task<(Guid Id, long Version)> PendingAmendmentAsync(ServiceHost<AgreementsServiceMarker> host, HttpClient yulin, DemoOrgan partner)
    {
        var id = await AgreementsHost.ActiveAsync(host, DemoOrgans.Yulin, partner);
        using var response = await yulin.PostAsJsonAsync($"{AgreementsHost.Path}/{id}/amendments", new { reason = "延长协议期限", term = new { start = "2026-01-01", end = "2030-12-31" } });
        var proposed = await response.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return (id, proposed.GetProperty("version").GetInt64());
    }

    private static object Activity(int participants) => new
    {
        area = "JointTraining",
        date = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        hostOrganId = DemoOrgans.Zhaoqing.Id,
        participatingOrganIds = new[] { DemoOrgans.Hezhou.Id, DemoOrgans.Zhaoqing.Id },
        participantCount = participants,
        summary = "肇庆—玉林机关党务干部联合培训班",
    };

    private static UpsertActivityRequest UpsertActivity(Guid agreement, string reference, int participants)
    {
        var upsert = new UpsertActivityRequest
        {
            AgreementId = agreement.ToString(),
            ExternalReference = reference,
            ExpectedVersion = 1,
            Area = "JointTraining",
            Date = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            HostOrganId = DemoOrgans.Zhaoqing.Id,
            ParticipantCount = participants,
            Summary = "肇庆—玉林机关党务干部联合培训班",
        };
        upsert.ParticipatingOrganIds.Add(DemoOrgans.Hezhou.Id);
        upsert.ParticipatingOrganIds.Add(DemoOrgans.Zhaoqing.Id);
        return upsert;
    }

    private static async Task<string> RecordByReferenceAsync(HttpClient zhaoqing, Guid agreement)
    {
        var reference = $"ZQ-{Guid.NewGuid():N}";
        using var response = await zhaoqing.PutAsJsonAsync($"{AgreementsHost.Path}/{agreement}/activities/by-ref/{reference}", Activity(45));
        var created = await response.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(1, created.GetProperty("activity").GetProperty("version").GetInt64());
        return reference;
    }
}
