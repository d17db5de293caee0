using Corridor.Agreements.Tests.Integration;
using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;
using Corridor.Testing;
using Grpc.Core;
using MassTransit;

namespace Corridor.Agreements.Tests.Directory;

/// <summary>Organs the directory does not know, has retired, or renames, for the Agreements host of one test.</summary>
internal static class AgreementOrgans
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>A valid credit code of Yulin that neither the host's read model nor the test directory knows.</summary>
    public static DemoOrgan Unknown { get; } = new(UnifiedSocialCreditCode.Complete("11450900MB0000901"), "玉林市未登记的机关", "450900");

    /// <summary>A Yulin organ the host's read model knows as retired (<see cref="RetireAsync"/>).</summary>
    public static DemoOrgan Retired { get; } = new(UnifiedSocialCreditCode.Complete("11450900MB0000902"), "玉林市已撤销的机关", "450900");

    public static Task RetireAsync(ServiceHost<AgreementsServiceMarker> host) =>
        DemoDirectory.UpsertAsync(host.Services, DemoDirectory.Snapshot(Retired, status: "Retired"), 2);

    /// <summary>Publishes the directory's OrganRenamed for <paramref name="organ"/> on the host's virtual host and waits until the host applied it.</summary>
    public static async Task RenameAsync(ServiceHost<AgreementsServiceMarker> host, Uri vhost, DemoOrgan organ, string newName)
    {
        using var consumed = ConsumedMessages.Observe(host.Services);
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        await bus.StartAsync();
        try
        {
            await bus.Publish(new OrganRenamed(
                Guid.NewGuid(), DemoDirectory.Snapshot(organ, newName), organ.Name, organ.Name[..4], new DateOnly(2026, 6, 1), 2, DateTime.UtcNow));
            await consumed.WaitForAsync<OrganRenamed>(1, Timeout);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    public static Metadata Bearer(DemoOrgan organ) => new() { { "Authorization", $"Bearer {TestTokens.Member(organ)}" } };

    public static object Party(DemoOrgan organ, string? regionCode = null, string? organName = null) =>
        new { organId = organ.Id, organName, regionCode };

    public static Task<Guid> CreateAsync(ServiceHost<AgreementsServiceMarker> host, params DemoOrgan[] parties) =>
        AgreementsHost.CreateAsync(host, parties[0], parties);
}
