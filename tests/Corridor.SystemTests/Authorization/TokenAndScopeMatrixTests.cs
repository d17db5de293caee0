using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests.Authorization;

/// <summary>
/// The cells of the authorization matrix that hold before any record is looked at, for every endpoint each service
/// really serves (REST routes and gRPC methods): no token, an expired one or one signed by another key is 401 /
/// UNAUTHENTICATED; a sync client without the service's write scope (read only, or scopes of other services) is
/// refused every write with 403 / PERMISSION_DENIED "scope-missing" naming the scope, and one without the read
/// scope every read.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TokenAndScopeMatrixTests(SharedRabbitMq rabbitMq, MatrixSystem matrix) : IClassFixture<MatrixSystem>
{
    private static readonly DemoOrgan Own = DemoOrgans.Yulin;

    [SkippableTheory]
    [InlineData("lists")]
    [InlineData("agreements")]
    [InlineData("teams")]
    public async Task Every_write_refuses_missing_bad_and_expired_tokens_and_sync_clients_without_the_write_scope(string service)
    {
        var system = await matrix.GetAsync(rabbitMq);
        var (endpoints, invoker) = ServiceUnderTest.Of(system, service);
        using var _ = invoker;
        var writes = endpoints.Where(e => e.IsWrite).ToArray();
        var others = string.Join(' ', ServiceUnderTest.Names.Where(n => n != service).SelectMany(n => new[] { $"{n}.read", $"{n}.write" }));
        var cells = new (string Caller, string? Token, Func<CallOutcome, bool> Expected)[]
        {
            ("anonymous", null, o => o.Unauthenticated),
            ("expired token", MatrixTokens.Expired(Own), o => o.Unauthenticated),
            ("token signed by another key", MatrixTokens.SignedByAnotherKey(Own), o => o.Unauthenticated),
            ("sync client with read scope only", MatrixTokens.SyncClient(Own, $"{service}.read"), o => ScopeMissing(o, $"{service}.write")),
            ("sync client with other services' scopes", MatrixTokens.SyncClient(Own, others.Split(' ')), o => ScopeMissing(o, $"{service}.write")),
        };

        Assert.NotEmpty(writes);
        Assert.Contains(writes, e => e.IsGrpc);
        Assert.Contains(writes, e => !e.IsGrpc);
        var wrong = new List<string>();
        foreach (var endpoint in writes)
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

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {writes.Length * cells.Length} cells differ from the rule:\n" + string.Join('\n', wrong));
    }

    [SkippableTheory]
    [InlineData("lists")]
    [InlineData("agreements")]
    [InlineData("teams")]
    public async Task Every_read_needs_the_read_scope_from_a_sync_client_and_is_not_refused_for_scope_when_it_has_it(string service)
    {
        var system = await matrix.GetAsync(rabbitMq);
        var (endpoints, invoker) = ServiceUnderTest.Of(system, service);
        using var _ = invoker;
        var reads = endpoints.Where(e => !e.IsWrite).ToArray();
        var reader = MatrixTokens.SyncClient(Own, $"{service}.read");
        var writerOnly = MatrixTokens.SyncClient(Own, $"{service}.write");

        Assert.NotEmpty(reads);
        var wrong = new List<string>();
        foreach (var endpoint in reads)
        {
            var anonymous = await invoker.CallAsync(endpoint, null);
            var withRead = await invoker.CallAsync(endpoint, reader);
            var withoutRead = await invoker.CallAsync(endpoint, writerOnly);
            if (!anonymous.Unauthenticated)
            {
                wrong.Add($"{endpoint} as anonymous: {anonymous}");
            }

            if (withRead.Code == BuildingBlocks.Security.ScopeMissing.Code || withRead.Unauthenticated)
            {
                wrong.Add($"{endpoint} as sync client with {service}.read: {withRead}");
            }

            if (!ScopeMissing(withoutRead, $"{service}.read"))
            {
                wrong.Add($"{endpoint} as sync client without {service}.read: {withoutRead}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} cells differ from the rule:\n" + string.Join('\n', wrong));
    }

    private static bool ScopeMissing(CallOutcome outcome, string scope) =>
        outcome.Forbidden && outcome.Code == BuildingBlocks.Security.ScopeMissing.Code && outcome.Scope == scope;
}
