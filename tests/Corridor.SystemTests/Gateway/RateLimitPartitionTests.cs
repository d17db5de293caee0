using System.Net;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Lists.V1;
using Corridor.Gateway;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.SystemTests.Gateway;

/// <summary>
/// The gateway alone (no service behind it: an admitted request answers 502, a refused one 429), so that only its
/// rate limiter decides: whose requests share a limit, and how a refused gRPC call is answered.
/// </summary>
public sealed class RateLimitPartitionTests : IDisposable
{
    private const string Console = "corridor-console";
    private readonly ServiceHost<GatewayServiceMarker> _gateway = new("gateway", new Uri("amqp://unused.invalid/"), new Dictionary<string, string?>
    {
        ["Gateway:RateLimits:PermitsPerWindow"] = "2",
        ["Gateway:RateLimits:Window"] = "00:10:00",

        // Nothing listens there: an admitted request fails fast instead of reaching whatever runs on the default ports.
        ["ReverseProxy:Clusters:lists-rest:Destinations:main:Address"] = $"http://127.0.0.1:{FreePorts.Next()}",
        ["ReverseProxy:Clusters:lists-grpc:Destinations:main:Address"] = $"http://127.0.0.1:{FreePorts.Next()}",
    });

    public RateLimitPartitionTests()
    {
        // Not StartAsync: readiness would wait for the services this test leaves out.
        _gateway.StartServer();
    }

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task People_signed_in_through_the_same_console_client_each_have_their_own_limit()
    {
        using var first = _gateway.CreateRestClient(PersonToken("staff-450900", DemoOrgans.Yulin));
        using var second = _gateway.CreateRestClient(PersonToken("staff-451100", DemoOrgans.Hezhou));

        await UseUpAsync(first);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync("/api/v1/problems")).StatusCode);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await second.GetAsync("/api/v1/problems")).StatusCode);
    }

    [Fact]
    public async Task A_token_without_a_subject_counts_against_its_client()
    {
        using var first = _gateway.CreateRestClient(PersonToken("", DemoOrgans.Yulin));
        using var second = _gateway.CreateRestClient(PersonToken("", DemoOrgans.Hezhou));

        await UseUpAsync(first);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await second.GetAsync("/api/v1/problems")).StatusCode);
    }

    [Fact]
    public async Task A_refused_REST_request_is_429_problem_json_with_Retry_After()
    {
        using var person = _gateway.CreateRestClient(PersonToken("staff-450900", DemoOrgans.Yulin));
        await UseUpAsync(person);

        using var refused = await person.GetAsync("/api/v1/problems");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture), 1, 600);
    }

    [Fact]
    public async Task A_refused_gRPC_call_is_RESOURCE_EXHAUSTED_with_a_pushback_hint_not_UNAVAILABLE()
    {
        using var channel = GrpcChannel.ForAddress(_gateway.GrpcAddress);
        var problems = new Problems.ProblemsClient(channel);
        var auth = new Metadata { { "Authorization", $"Bearer {PersonToken("staff-450900", DemoOrgans.Yulin)}" } };
        for (var i = 0; i < 2; i++)
        {
            // Admitted, then nothing behind the gateway answers.
            var admitted = await Assert.ThrowsAsync<RpcException>(async () => await problems.GetProblemAsync(new GetProblemRequest { ProblemId = "p" }, auth));
            Assert.NotEqual(StatusCode.ResourceExhausted, admitted.StatusCode);
        }

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await problems.GetProblemAsync(new GetProblemRequest { ProblemId = "p" }, auth));

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("retry after", refused.Status.Detail, StringComparison.OrdinalIgnoreCase);
        var pushback = refused.Trailers.GetValue("grpc-retry-pushback-ms");
        Assert.NotNull(pushback);
        Assert.InRange(long.Parse(pushback, System.Globalization.CultureInfo.InvariantCulture), 1, 600_000);
    }

    private static async Task UseUpAsync(HttpClient client)
    {
        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/v1/problems")).StatusCode);
        }
    }

    // A console token as Identity issues it: the person as subject, the console as client.
    private static string PersonToken(string subject, DemoOrgan organ) => DevelopmentTokens.Issue(
        TestTokens.Options,
        new CallerIdentity(subject, organ.RegionCode, organ.Id, [CorridorRoles.Member]) { ClientId = Console },
        TimeSpan.FromHours(1));
}
