using Corridor.BuildingBlocks.Security;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests.Authorization;

/// <summary>
/// The role and tenancy cells of the authorization matrix: every write endpoint (REST and gRPC) that a service
/// really serves must have a row, and is called as the own region's member, coordinator and sync client (with the
/// write scope), another region's member and coordinator, and the secretariat. A caller the row's rule excludes
/// must get 403 / PERMISSION_DENIED (not for a missing scope, and naming nothing of the record); an allowed caller
/// must not be refused - it may still fail validation or a state rule. Refused cells share one record in the state
/// the call needs; each allowed cell gets a fresh one, and the current version as If-Match / expected_version.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class RoleMatrixTests(SharedRabbitMq rabbitMq, MatrixSystem matrix) : IClassFixture<MatrixSystem>
{
    private static readonly MatrixCaller[] Callers =
    [
        MatrixCaller.OtherMember, MatrixCaller.OtherCoordinator, MatrixCaller.OwnCoordinator, MatrixCaller.Secretariat,
        MatrixCaller.OwnMember, MatrixCaller.OwnSyncClient,
    ];

    [SkippableTheory]
    [InlineData("lists")]
    [InlineData("agreements")]
    [InlineData("teams")]
    public async Task Every_write_endpoint_refuses_exactly_the_callers_its_rule_excludes(string service)
    {
        var system = await matrix.GetAsync(rabbitMq);
        var (endpoints, invoker) = ServiceUnderTest.Of(system, service);
        using var _ = invoker;
        var writes = endpoints.Where(e => e.IsWrite).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var rows = RowsOf(system, service).ToArray();

        var wrong = new List<string>();
        wrong.AddRange(writes.Keys.Except(rows.Select(r => r.Key), StringComparer.Ordinal).Select(k => $"{k}: a write endpoint without a row in the matrix"));
        var cells = 0;
        foreach (var row in rows.Where(r => writes.ContainsKey(r.Key)))
        {
            var endpoint = writes[row.Key];
            var refused = Callers.Where(c => !row.Allowed.HasFlag(c)).ToArray();
            if (refused.Length > 0)
            {
                var shared = await PrepareAsync(row, wrong);
                foreach (var caller in refused)
                {
                    cells++;
                    var outcome = shared is null ? null : await CallAsync(invoker, endpoint, row, caller, service, shared, wrong);
                    if (outcome is not null && !(outcome.Forbidden && outcome.Code != ScopeMissing.Code && !outcome.Detail.Contains("MATRIX", StringComparison.Ordinal)))
                    {
                        wrong.Add($"{row.Key} as {caller}: expected 403, got {outcome} {outcome.Detail}");
                    }
                }
            }

            foreach (var caller in Callers.Where(c => row.Allowed.HasFlag(c)))
            {
                cells++;
                var target = await PrepareAsync(row, wrong);
                var outcome = target is null ? null : await CallAsync(invoker, endpoint, row, caller, service, target, wrong);
                if (outcome is { Refused: true })
                {
                    wrong.Add($"{row.Key} as {caller}: expected to be allowed, got {outcome} {outcome.Detail}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cells} cells differ from the rule:\n" + string.Join('\n', wrong));
    }

    [SkippableFact]
    public async Task A_write_that_asks_another_service_on_a_sync_clients_behalf_is_refused_naming_the_scope_that_service_wants()
    {
        var system = await matrix.GetAsync(rabbitMq);
        var team = await new TeamsMatrix(system, new ListsMatrix(system)).TeamAsync(1);
        using var invoker = new EndpointInvoker(system.Teams.RestAddress, system.Teams.GrpcAddress);
        var deploy = EndpointCatalog.Of("teams", system.Teams.Services).Single(e => e.Key == "POST /api/v1/teams/{id:guid}/deployments");

        var outcome = await invoker.CallAsync(
            deploy,
            MatrixTokens.SyncClient(MatrixTokens.Own, "teams.read", "teams.write"),
            team.Values,
            team.Fill("""{"projectId":"$projectId","from":"2026-08-01","to":"2026-12-31","task":"协助项目落地的组织保障"}"""),
            team.ETag);

        Assert.True(outcome.Forbidden, outcome.ToString());
        Assert.Equal(ScopeMissing.Code, outcome.Code);
        Assert.Contains("lists.read", outcome.Detail, StringComparison.Ordinal);
    }

    private static IEnumerable<MatrixRow> RowsOf(CorridorSystem system, string service) => service switch
    {
        "lists" => new ListsMatrix(system).Rows(),
        "agreements" => new AgreementsMatrix(system).Rows(),
        "teams" => new TeamsMatrix(system, new ListsMatrix(system)).Rows(),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "No matrix for this service."),
    };

    private static async Task<Target?> PrepareAsync(MatrixRow row, List<string> wrong)
    {
        if (row.Prepare is null)
        {
            return Target.None;
        }

        try
        {
            return await row.Prepare();
        }
        catch (InvalidOperationException ex)
        {
            wrong.Add($"{row.Key}: the record could not be prepared: {ex.Message}");
            return null;
        }
    }

    private static async Task<CallOutcome?> CallAsync(
        EndpointInvoker invoker, ServiceEndpoint endpoint, MatrixRow row, MatrixCaller caller, string service, Target target, List<string> wrong)
    {
        try
        {
            return await invoker.CallAsync(endpoint, MatrixTokens.For(caller, service), target.Values, row.Body is null ? null : target.Fill(row.Body), target.ETag);
        }
        catch (InvalidOperationException ex)
        {
            wrong.Add($"{row.Key} as {caller}: {ex.Message}");
            return null;
        }
    }
}
