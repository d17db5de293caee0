using Corridor.BuildingBlocks.Security;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests.Authorization;

/// <summary>
/// The role and tenancy cells of the authorization matrix for reads: every read endpoint (REST and gRPC, the change
/// feeds' pages, state and follow streams included) that a service really serves must have a row, and is called as the
/// own region's member, coordinator and sync client, another region's member and coordinator, and the secretariat, each
/// holding the scopes it needs. A caller the row's rule excludes must get 403 / PERMISSION_DENIED (not for a missing
/// scope, and naming nothing of the record); an allowed caller must not be refused. Reads change nothing, so the cells
/// of a row share one record of the own region.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ReadMatrixTests(SharedRabbitMq rabbitMq, MatrixSystem matrix) : IClassFixture<MatrixSystem>
{
    public static readonly MatrixCaller[] Callers =
    [
        MatrixCaller.OwnMember, MatrixCaller.OtherMember, MatrixCaller.OwnCoordinator, MatrixCaller.OtherCoordinator,
        MatrixCaller.Secretariat, MatrixCaller.OwnSyncClient,
    ];

    [SkippableTheory]
    [InlineData("lists")]
    [InlineData("agreements")]
    [InlineData("teams")]
    public async Task Every_read_and_change_feed_refuses_exactly_the_callers_its_rule_excludes(string service)
    {
        var system = await matrix.GetAsync(rabbitMq);
        var (endpoints, invoker) = ServiceUnderTest.Of(system, service);
        using var _ = invoker;
        var reads = endpoints.Where(e => !e.IsWrite).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var rows = RowsOf(system, service).ToArray();

        var wrong = new List<string>();
        wrong.AddRange(reads.Keys.Except(rows.Select(r => r.Key), StringComparer.Ordinal).Select(k => $"{k}: a read endpoint without a row in the matrix"));
        wrong.AddRange(rows.Select(r => r.Key).Except(reads.Keys, StringComparer.Ordinal).Select(k => $"{k}: a row for no read endpoint the service serves"));
        var cells = 0;
        foreach (var row in rows.Where(r => reads.ContainsKey(r.Key)))
        {
            var target = await PrepareAsync(row, wrong);
            foreach (var caller in Callers)
            {
                cells++;
                var outcome = target is null ? null : await CallAsync(invoker, reads[row.Key], row, caller, service, target, wrong);
                var allowed = row.Allowed.HasFlag(caller);
                if (outcome is null)
                {
                    continue;
                }

                if (allowed && outcome.Refused)
                {
                    wrong.Add($"{row.Key} as {caller}: expected to be allowed, got {outcome} {outcome.Detail}");
                }
                else if (!allowed && !(outcome.Forbidden && outcome.Code != ScopeMissing.Code && !outcome.Detail.Contains("MATRIX", StringComparison.Ordinal)))
                {
                    wrong.Add($"{row.Key} as {caller}: expected 403, got {outcome} {outcome.Detail}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cells} cells ({rows.Length} rows x {Callers.Length} callers) differ from the rule:\n" + string.Join('\n', wrong));
    }

    private static IEnumerable<MatrixRow> RowsOf(CorridorSystem system, string service) => service switch
    {
        "lists" => new ListsReadMatrix(new ListsMatrix(system)).Rows(),
        "agreements" => new AgreementsReadMatrix(new AgreementsMatrix(system)).Rows(),
        "teams" => new TeamsReadMatrix(new TeamsMatrix(system, new ListsMatrix(system))).Rows(),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "No matrix for this service."),
    };

    private static async Task<Target?> PrepareAsync(MatrixRow row, List<string> wrong)
    {
        try
        {
            return row.Prepare is null ? Target.None : await row.Prepare();
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
            return await invoker.CallAsync(endpoint, MatrixTokens.For(caller, service), target.Values, row.Body is null ? null : target.Fill(row.Body));
        }
        catch (InvalidOperationException ex)
        {
            wrong.Add($"{row.Key} as {caller}: {ex.Message}");
            return null;
        }
    }
}
