using Corridor.BuildingBlocks.Security;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests.Authorization;

/// <summary>
/// The cells of the authorization matrix that hold before any record is looked at, for every endpoint each service
/// really serves (REST routes and gRPC methods, change feeds included): no token, an expired one or one signed by
/// another key is 401 / UNAUTHENTICATED; a token - a sync client's or a person's signed in through the console alike -
/// without the service's write scope (only openid, read scopes only, or scopes of other services) is refused every
/// write with 403 / PERMISSION_DENIED "scope-missing" naming the scope, and one without the read scope every read,
/// whatever roles its subject holds.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TokenAndScopeMatrixTests(SharedRabbitMq rabbitMq, MatrixSystem matrix) : IClassFixture<MatrixSystem>
{
    private static readonly DemoOrgan Own = DemoOrgans.Yulin;

    [SkippableTheory]
    [InlineData("lists")]
    [InlineData("agreements")]
    [InlineData("teams")]
    public async Task Every_write_refuses_missing_bad_and_expired_tokens_and_tokens_without_the_write_scope(string service)
    {
        var system = await matrix.GetAsync(rabbitMq);
        var (endpoints, invoker) = ServiceUnderTest.Of(system, service);
        using var _ = invoker;
        var writes = endpoints.Where(e => e.IsWrite).ToArray();
        var others = OtherServicesScopes(service);
        var write = $"{service}.write";
        var cells = Unaccepted().Concat(
        [
            ("sync client with read scope only", MatrixTokens.SyncClient(Own, $"{service}.read"), o => ScopeMissing(o, write)),
            ("sync client with other services' scopes", MatrixTokens.SyncClient(Own, others), o => ScopeMissing(o, write)),
            ("secretariat signed in with openid only", Secretariat("openid"), o => ScopeMissing(o, write)),
            ("secretariat signed in with the read scopes only", Secretariat(["openid", .. ServiceUnderTest.Names.Select(n => $"{n}.read")]), o => ScopeMissing(o, write)),
            ("own member signed in with other services' scopes", OwnMember(["openid", .. others]), o => ScopeMissing(o, write)),
        ]).ToArray();

        Assert.NotEmpty(writes);
        Assert.Contains(writes, e => e.IsGrpc);
        Assert.Contains(writes, e => !e.IsGrpc);
        var wrong = await CallEveryAsync(invoker, writes, cells);

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {writes.Length * cells.Length} cells differ from the rule:\n" + string.Join('\n', wrong));
    }

    [SkippableTheory]
    [InlineData("lists")]
    [InlineData("agreements")]
    [InlineData("teams")]
    public async Task Every_read_and_change_feed_needs_the_read_scope_and_is_not_refused_for_scope_when_the_token_has_it(string service)
    {
        var system = await matrix.GetAsync(rabbitMq);
        var (endpoints, invoker) = ServiceUnderTest.Of(system, service);
        using var _ = invoker;
        var reads = endpoints.Where(e => !e.IsWrite).ToArray();
        var read = $"{service}.read";
        var cells = Unaccepted().Concat(
        [
            ("sync client with the read scope", MatrixTokens.SyncClient(Own, read), NotRefusedForScope),
            ("sync client with the write scope only", MatrixTokens.SyncClient(Own, $"{service}.write"), o => ScopeMissing(o, read)),
            ("sync client with other services' scopes", MatrixTokens.SyncClient(Own, OtherServicesScopes(service)), o => ScopeMissing(o, read)),
            ("secretariat signed in with the read scope only", Secretariat("openid", read), NotRefusedForScope),
            ("secretariat signed in with openid only", Secretariat("openid"), o => ScopeMissing(o, read)),
            ("own member signed in with the write scope only", OwnMember(["openid", $"{service}.write"]), o => ScopeMissing(o, read)),
        ]).ToArray();

        Assert.NotEmpty(reads);
        Assert.Contains(reads, e => e.Key.EndsWith("/FollowChanges", StringComparison.Ordinal));
        Assert.Contains(reads, e => e.Key.EndsWith("/ReadChanges", StringComparison.Ordinal));
        Assert.Contains(reads, e => e.Key == $"GET /api/v1/{service}/changes/");
        var wrong = await CallEveryAsync(invoker, reads, cells);

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {reads.Length * cells.Length} cells differ from the rule:\n" + string.Join('\n', wrong));
    }

    private static IEnumerable<(string Caller, string? Token, Func<CallOutcome, bool> Expected)> Unaccepted() =>
    [
        ("anonymous", null, o => o.Unauthenticated),
        ("expired token", MatrixTokens.Expired(Own), o => o.Unauthenticated),
        ("token signed by another key", MatrixTokens.SignedByAnotherKey(Own), o => o.Unauthenticated),
    ];

    private static async Task<List<string>> CallEveryAsync(
        EndpointInvoker invoker, IEnumerable<ServiceEndpoint> endpoints, (string Caller, string? Token, Func<CallOutcome, bool> Expected)[] cells)
    {
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var (caller, token, expected) in cells)
            {
                var outcome = await invoker.CallAsync(endpoint, token);
                if (!expected(outcome))
                {
                    wrong.Add($"{endpoint} as {caller}: {outcome} {outcome.Detail}");
                }
            }
        }

        return wrong;
    }

    private static string[] OtherServicesScopes(string service) =>
        [.. ServiceUnderTest.Names.Where(n => n != service).SelectMany(n => new[] { $"{n}.read", $"{n}.write" })];

    // The most powerful person: roles never make up for a scope the token lacks.
    private static string Secretariat(params string[] scopes) =>
        MatrixTokens.PersonWithScopes(DemoOrgans.Guangxi, "secretariat", scopes, CorridorRoles.Member, CorridorRoles.Secretariat);

    private static string OwnMember(string[] scopes) =>
        MatrixTokens.PersonWithScopes(Own, "staff-450900", scopes, CorridorRoles.Member);

    private static bool NotRefusedForScope(CallOutcome outcome) =>
        outcome.Code != BuildingBlocks.Security.ScopeMissing.Code && !outcome.Unauthenticated;

    private static bool ScopeMissing(CallOutcome outcome, string scope) =>
        outcome.Forbidden && outcome.Code == BuildingBlocks.Security.ScopeMissing.Code && outcome.Scope == scope;
}
