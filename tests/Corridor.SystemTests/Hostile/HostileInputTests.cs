using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Corridor.Agreements.Infrastructure;
using Corridor.Lists.Infrastructure;
using Corridor.SystemTests.Authorization;
using Corridor.Teams.Infrastructure;
using Corridor.TestKit;
using CsCheck;
using Grpc.Core;
using Xunit.Abstractions;

namespace Corridor.SystemTests.Hostile;

/// <summary>
/// The hostile input run: CsCheck generates requests to every REST endpoint and gRPC method of the three services
/// (wrong types, missing and unknown fields, huge strings and batches, edge dates and numbers, invalid codes,
/// unicode edge cases, injection strings, malformed protobuf) as callers of every kind. No answer is a 5xx or
/// gRPC UNKNOWN/INTERNAL, nothing is logged as an error, and no table changes unless a write was accepted.
/// Fast by default (CI); CORRIDOR_HOSTILE_FULL=1 runs the full 12,000 requests.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class HostileInputTests(SharedRabbitMq rabbitMq, MatrixSystem hosts, ITestOutputHelper output) : IClassFixture<MatrixSystem>
{
    public const string FullSwitch = "CORRIDOR_HOSTILE_FULL";

    private static readonly StatusCode[] ServerFaults = [StatusCode.Unknown, StatusCode.Internal, StatusCode.DataLoss];

    private static readonly bool Full = Environment.GetEnvironmentVariable(FullSwitch) == "1";

    [SkippableFact]
    public async Task No_generated_request_gets_a_server_error_logs_an_error_or_writes_unless_accepted()
    {
        var system = await hosts.GetAsync(rabbitMq);
        var targets = ServiceUnderTest.Names.Select(name => HostileTarget.Of(system, name)).ToDictionary(t => t.Service);
        var logs = new CapturedLogs();
        foreach (var target in targets.Values)
        {
            logs.AttachTo(target.Services);
        }

        var endpoints = targets.Values.SelectMany(t => HostileEndpoint.Of(t.Service, t.Services)).ToArray();
        MatrixCaller[] callers = [MatrixCaller.OwnMember, MatrixCaller.OwnCoordinator, MatrixCaller.Secretariat, MatrixCaller.OwnSyncClient];
        var tokens = ServiceUnderTest.Names.ToDictionary(s => s, s => (IReadOnlyList<string?>)callers.Select(c => (string?)MatrixTokens.For(c, s)).Prepend(null).ToArray());
        var before = await CountRowsAsync(system);
        var outcomes = new ConcurrentDictionary<string, int>();
        var faults = new ConcurrentQueue<string>();
        var accepted = 0;
        using var grpc = new RawGrpc();
        // Non-ASCII header values go out as UTF-8 bytes, as a hostile client would send them, instead of being refused by HttpClient.
        using var rest = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8, Expect100ContinueTimeout = TimeSpan.FromSeconds(30) }) { Timeout = TimeSpan.FromSeconds(60) };
        var requests = Full ? 12_000 : 1_500;
        var clock = Stopwatch.StartNew();

        await HostileRequests.For(endpoints, s => tokens[s]).SampleAsync(
            async request =>
            {
                var target = targets[request.Endpoint.Service];
                var (outcome, fault, ok) = await SendAsync(grpc, rest, target, request);
                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                if (fault)
                {
                    faults.Enqueue($"{outcome}: {Truncate(request.ToString())}");
                }

                if (ok && request.Endpoint.IsWrite)
                {
                    Interlocked.Increment(ref accepted);
                }
            },
            iter: requests,
            threads: 4);

        clock.Stop();
        var after = await CountRowsAsync(system);
        var changed = before.Where(b => after[b.Key] != b.Value).Select(b => $"{b.Key}: {b.Value} → {after[b.Key]}").ToArray();
        output.WriteLine($"Hostile input run ({(Full ? "full" : "fast")}): {requests} requests over {endpoints.Length} endpoints in {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var (outcome, count) in outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {outcome}: {count}");
        }

        output.WriteLine($"  accepted writes: {accepted}; tables changed: {changed.Length}; server faults: {faults.Count}; error logs: {logs.Errors.Count}");
        Assert.True(faults.IsEmpty, string.Join('\n', faults.Take(20)));
        Assert.True(logs.Errors.Count == 0, string.Join('\n', logs.Errors.Take(10)));
        Assert.True(accepted > 0 || changed.Length == 0, "Tables changed though no write was accepted:\n" + string.Join('\n', changed));
    }

    /// <summary>Kestrel's default <c>MaxRequestLineSize</c> (8 KB), which the services keep.</summary>
    private const int KestrelRequestLineLimit = 8 * 1024;

    private const int LargeBody = 64 * 1024;

    private static async Task<(string Outcome, bool Fault, bool Ok)> SendAsync(RawGrpc grpc, HttpClient rest, HostileTarget target, HostileRequest request)
    {
        try
        {
            return request.Endpoint.Grpc is { } method
                ? await SendGrpcAsync(grpc, target, method, request)
                : await SendRestAsync(rest, target, request);
        }
        catch (HttpRequestException) when (request.Endpoint.Grpc is null && new Uri(target.RestAddress, request.PathAndQuery).PathAndQuery.Length > KestrelRequestLineLimit)
        {
            // Kestrel answers a request line over its limit with 414 and closes the connection while the client may still be
            // sending, which the client can see as a reset: the server refused it, and nothing of Corridor ran.
            return ("REST request line over Kestrel's limit, connection closed", false, false);
        }
        catch (HttpRequestException exception)
        {
            // A connection reset or a refused request is a fault too; counting it lets one run show every fault, not only the first.
            return ($"transport {exception.HttpRequestError}", true, false);
        }
    }

    private static async Task<(string Outcome, bool Fault, bool Ok)> SendGrpcAsync(RawGrpc grpc, HostileTarget target, IMethod method, HostileRequest request)
    {
        // A stream that is allowed keeps following: a short deadline ends it.
        var answer = await grpc.CallAsync(target.GrpcAddress, method.FullName, request.Body, request.Token, method.Type == MethodType.Unary ? "20S" : "1S");
        var outcome = answer.Status is { } status ? $"gRPC {status}" : $"gRPC HTTP {answer.HttpStatus}";
        var fault = answer.HttpStatus >= 500 || answer.Status is null && answer.HttpStatus is < 400 || ServerFaults.Contains(answer.Status ?? StatusCode.OK);
        return (outcome, fault, answer.Status == StatusCode.OK);
    }

    private static async Task<(string Outcome, bool Fault, bool Ok)> SendRestAsync(HttpClient rest, HostileTarget target, HostileRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Endpoint.HttpMethod!), new Uri(target.RestAddress, request.PathAndQuery));
        if (request.Token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", request.Token);
        }

        if (request.IfMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", request.IfMatch);
        }

        if (request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            message.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
            // A large body is offered first (Expect: 100-continue, as curl does): a request refused without reading its
            // body (no such route, no token) is answered and the connection closed, and a client still writing then
            // sees a reset instead of the answer (seen once in CI: 290 KB to a route whose id was not a guid).
            message.Headers.ExpectContinue = request.Body.Length > LargeBody;
        }

        using var response = await rest.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        var status = (int)response.StatusCode;
        return ($"REST {status}", status >= 500, status is >= 200 and < 300);
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(Corridor.Testing.CorridorSystem system) =>
        new[]
        {
            await RowCounts.OfAsync<ListsDbContext>(system.Lists.Services),
            await RowCounts.OfAsync<AgreementsDbContext>(system.Agreements.Services),
            await RowCounts.OfAsync<TeamsDbContext>(system.Teams.Services),
        }.SelectMany(c => c).ToDictionary(c => c.Key, c => c.Value);

    private static string Truncate(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
