using Corridor.Contracts.Changes.V1;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Problems;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.ChangeFeed;

/// <summary>Follow streams are bounded: a few at once per caller, and each for a limited time, after which it ends normally.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class FollowLimitsTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_caller_past_its_streams_is_refused_others_are_not_and_a_stream_ends_by_itself_after_its_lifetime()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync(), new Dictionary<string, string?>
        {
            ["ChangeFeed:MaxFollowersPerCaller"] = "1",
            ["ChangeFeed:MaxFollowDuration"] = "00:00:03",
        });
        await new ProblemsApi(host).RaiseAsync();
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new ListsChanges.ListsChangesClient(channel);
        var raiser = new Metadata { { "Authorization", $"Bearer {ProblemsApi.Raiser}" } };
        var other = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Zhaoqing)}" } };
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        using var first = client.FollowChanges(new FollowChangesRequest(), raiser, cancellationToken: bound.Token);
        Assert.True(await first.ResponseStream.MoveNext(bound.Token));
        using var second = client.FollowChanges(new FollowChangesRequest(), raiser, cancellationToken: bound.Token);
        var refused = await Assert.ThrowsAsync<RpcException>(() => second.ResponseStream.MoveNext(bound.Token));
        using var another = client.FollowChanges(new FollowChangesRequest(), other, cancellationToken: bound.Token);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal(StatusCode.OK, await EndAsync(another, bound.Token));
        Assert.Equal(StatusCode.OK, await EndAsync(first, bound.Token));
        using var again = client.FollowChanges(new FollowChangesRequest(), raiser, cancellationToken: bound.Token);
        Assert.True(await again.ResponseStream.MoveNext(bound.Token));
        await bound.CancelAsync();
    }

    /// <summary>Reads the stream to its end (bounded by <paramref name="ct"/>) and answers how it ended.</summary>
    private static async Task<StatusCode> EndAsync(AsyncServerStreamingCall<ChangeEntry> call, CancellationToken ct)
    {
        while (await call.ResponseStream.MoveNext(ct))
        {
            _ = call.ResponseStream.Current;
        }

        return call.GetStatus().StatusCode;
    }
}
