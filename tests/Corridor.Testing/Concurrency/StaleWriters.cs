using Grpc.Core;

namespace Corridor.Testing.Concurrency;

/// <summary>
/// Fifty writers holding the same version of one record, released at once: exactly one may win, every other one must be
/// told its copy is stale (REST 412 <c>stale-version</c>, gRPC ABORTED) — never a 409, a 500 or a second winner.
/// </summary>
public static class StaleWriters
{
    public const int Count = 50;

    /// <summary>Sends <see cref="Count"/> REST writes (writer index → request) released together, and tallies the answers.</summary>
    public static async Task<StaleWriteTally> RestAsync(string record, Func<int, Task<HttpResponseMessage>> write)
    {
        var answers = await RaceAsync(async i =>
        {
            using var response = await write(i);
            var status = (int)response.StatusCode;
            if (status == 412)
            {
                var body = await response.Content.ReadAsStringAsync();
                return body.Contains("\"stale-version\"", StringComparison.Ordinal) ? "412 stale-version" : $"412 {body}";
            }

            return status is >= 200 and < 300 ? "2xx" : $"{status} {await response.Content.ReadAsStringAsync()}";
        });
        return StaleWriteTally.Of(record, "REST If-Match", answers, "2xx", "412 stale-version");
    }

    /// <summary>Makes <see cref="Count"/> gRPC calls (writer index → call) released together, and tallies the status codes.</summary>
    public static async Task<StaleWriteTally> GrpcAsync(string record, Func<int, Task> call)
    {
        var answers = await RaceAsync(async i =>
        {
            try
            {
                await call(i);
                return nameof(StatusCode.OK);
            }
            catch (RpcException ex)
            {
                return ex.StatusCode == StatusCode.Aborted ? nameof(StatusCode.Aborted) : $"{ex.StatusCode} {ex.Status.Detail}";
            }
        });
        return StaleWriteTally.Of(record, "gRPC expected_version", answers, nameof(StatusCode.OK), nameof(StatusCode.Aborted));
    }

    private static async Task<string[]> RaceAsync(Func<int, Task<string>> writer)
    {
        // Every writer is started and parked on the same gate, so none gets a head start of a whole round trip.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, Count).Select(async i =>
        {
            await gate.Task;
            return await writer(i);
        }).ToArray();
        gate.SetResult();
        return await Task.WhenAll(writers).WaitAsync(TimeSpan.FromMinutes(2));
    }
}

/// <summary>What the writers of one race were answered: winners, stale losers, and anything else by answer.</summary>
public sealed record StaleWriteTally(string Record, string Transport, int Winners, int Stale, IReadOnlyDictionary<string, int> Others)
{
    public bool ExactlyOneWon => Winners == 1 && Stale == StaleWriters.Count - 1 && Others.Count == 0;

    public static StaleWriteTally Of(string record, string transport, IReadOnlyList<string> answers, string won, string stale) => new(
        record,
        transport,
        answers.Count(a => a == won),
        answers.Count(a => a == stale),
        answers.Where(a => a != won && a != stale).GroupBy(a => a.Length > 200 ? a[..200] : a).ToDictionary(g => g.Key, g => g.Count()));

    public override string ToString() =>
        $"| {Record,-22} | {Transport,-22} | {StaleWriters.Count,7} | {Winners,7} | {Stale,5} | {(Others.Count == 0 ? "0" : string.Join("; ", Others.Select(o => $"{o.Value} × {o.Key}")))} |";

    public const string Header = "| record                 | transport              | writers | winners | stale | other |";
}
