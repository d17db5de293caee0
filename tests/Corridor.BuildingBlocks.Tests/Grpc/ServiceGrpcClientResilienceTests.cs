using Corridor.BuildingBlocks.Grpc;
using Corridor.Contracts.Agreements.V1;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.Tests.Grpc;

/// <summary>
/// A client made by AddServiceGrpcClient against a scripted peer: UNAVAILABLE is asked again and the call succeeds,
/// other refusals are not repeated, and repeated connection failures open the breaker so calls fail without reaching
/// the peer until the break has passed.
/// </summary>
public sealed class ServiceGrpcClientResilienceTests
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15);
    private static readonly CheckBindingRequest Request = new() { AgreementId = Guid.NewGuid().ToString(), OrganIds = { "ORG-1" } };

    [Fact]
    public async Task A_peer_answering_UNAVAILABLE_once_is_asked_again_and_the_call_succeeds()
    {
        var peer = new FakeGrpcPeer(() => FakeGrpcPeer.Status(StatusCode.Unavailable), () => FakeGrpcPeer.Reply(new CheckBindingReply { Active = true }));
        using var host = ClientHost(peer, new ManualClock());

        var reply = await Client(host).CheckBindingAsync(Request, deadline: Deadline());

        Assert.True(reply.Active);
        Assert.Equal(2, peer.Requests);
    }

    [Fact]
    public async Task A_peer_answering_UNAVAILABLE_every_time_is_asked_RetryMaxAttempts_times()
    {
        var peer = new FakeGrpcPeer(() => FakeGrpcPeer.Status(StatusCode.Unavailable));
        using var host = ClientHost(peer, new ManualClock());

        var refusal = await Assert.ThrowsAsync<RpcException>(() => Client(host).CheckBindingAsync(Request, deadline: Deadline()).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, refusal.StatusCode);
        Assert.Equal(3, peer.Requests);
    }

    [Theory]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.Internal)]
    public async Task Other_statuses_are_not_asked_again(StatusCode status)
    {
        var peer = new FakeGrpcPeer(() => FakeGrpcPeer.Status(status));
        using var host = ClientHost(peer, new ManualClock());

        var refusal = await Assert.ThrowsAsync<RpcException>(() => Client(host).CheckBindingAsync(Request, deadline: Deadline()).ResponseAsync);

        Assert.Equal(status, refusal.StatusCode);
        Assert.Equal(1, peer.Requests);
    }

    [Fact]
    public async Task Repeated_connection_failures_open_the_breaker_which_fails_calls_without_reaching_the_peer_until_the_break_passes()
    {
        var peer = new FakeGrpcPeer(FakeGrpcPeer.RefusedConnection);
        var clock = new ManualClock();
        using var host = ClientHost(peer, clock);
        var client = Client(host);

        // Minimum throughput 5 and 3 attempts a call: the second call's second attempt opens the breaker.
        for (var call = 0; call < 2; call++)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => client.CheckBindingAsync(Request, deadline: Deadline()).ResponseAsync);
            Assert.True(refused.IsTransient(), refused.ToString());
        }

        var reachedBeforeOpen = peer.Requests;
        Assert.Equal(5, reachedBeforeOpen);

        var whileOpen = await Assert.ThrowsAsync<RpcException>(() => client.CheckBindingAsync(Request, deadline: Deadline()).ResponseAsync);
        Assert.True(whileOpen.IsTransient(), whileOpen.ToString());
        Assert.Equal(reachedBeforeOpen, peer.Requests);

        peer.AnswerFromNowOn(() => FakeGrpcPeer.Reply(new CheckBindingReply { Active = true }));
        clock.Advance(BreakDuration - TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<RpcException>(() => client.CheckBindingAsync(Request, deadline: Deadline()).ResponseAsync);
        Assert.Equal(reachedBeforeOpen, peer.Requests);

        clock.Advance(TimeSpan.FromSeconds(2));
        var reply = await client.CheckBindingAsync(Request, deadline: Deadline());
        Assert.True(reply.Active);
        Assert.Equal(reachedBeforeOpen + 1, peer.Requests);
    }

    [Fact]
    public async Task Calls_cut_off_by_their_deadline_at_a_hung_peer_open_the_breaker_too()
    {
        var peer = new FakeGrpcPeer(() => FakeGrpcPeer.Reply(new CheckBindingReply { Active = true }));
        peer.HangFromNowOn();
        using var host = ClientHost(peer, new ManualClock());
        var client = Client(host);

        // A deadline is not retried: each hung call is one attempt, and the fifth opens the breaker. The deadline leaves
        // a loaded machine time to send the call: one already past when the client gets to it never reaches the peer.
        for (var call = 0; call < 5; call++)
        {
            var cutOff = await Assert.ThrowsAsync<RpcException>(() => client.CheckBindingAsync(Request, deadline: DateTime.UtcNow.AddSeconds(1)).ResponseAsync);
            Assert.Equal(StatusCode.DeadlineExceeded, cutOff.StatusCode);
        }

        Assert.Equal(5, peer.Requests);
        var whileOpen = await Assert.ThrowsAsync<RpcException>(() => client.CheckBindingAsync(Request, deadline: Deadline()).ResponseAsync);
        Assert.NotEqual(StatusCode.DeadlineExceeded, whileOpen.StatusCode);
        Assert.Equal(5, peer.Requests);
    }

    private static DateTime Deadline() => DateTime.UtcNow.AddSeconds(30);

    private static AgreementsQuery.AgreementsQueryClient Client(IHost host) =>
        host.Services.GetRequiredService<AgreementsQuery.AgreementsQueryClient>();

    private static IHost ClientHost(FakeGrpcPeer peer, ManualClock clock)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Services:Agreements:Grpc"] = "http://agreements.test",
            ["Services:Resilience:RetryInitialBackoff"] = "00:00:00.010",
            ["Services:Resilience:RetryMaxBackoff"] = "00:00:00.020",
            ["Services:Resilience:BreakerMinimumThroughput"] = "5",
            ["Services:Resilience:BreakerFailureRatio"] = "0.5",
            ["Services:Resilience:BreakerBreakDuration"] = BreakDuration.ToString(),
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddServiceGrpcClient<AgreementsQuery.AgreementsQueryClient>("Agreements").ConfigurePrimaryHttpMessageHandler(() => peer);
        return builder.Build();
    }
}
