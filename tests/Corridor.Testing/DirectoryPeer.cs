using System.Collections.Concurrent;
using System.Globalization;
using Corridor.Contracts.Directory.V1;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Corridor.Testing;

/// <summary>
/// The Directory service's gRPC API as a service under test asks it on a read-model miss: GetOrgans answers the organs
/// registered here (the demo organs, and what a test adds), GetRegion the demo member regions (NOT_FOUND for others).
/// One per test process (<see cref="Shared"/>), on a loopback port; hosts find it at Services:Directory:Grpc.
/// </summary>
public sealed class DirectoryPeer
{
    private static readonly Lazy<DirectoryPeer> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<string, (OrganSnapshot Organ, long Version)> _organs = new(StringComparer.Ordinal);

    private DirectoryPeer(Uri address)
    {
        Address = address;
        foreach (var organ in DemoDirectory.Organs)
        {
            _organs[organ.Id] = (DemoDirectory.Snapshot(organ), 1);
        }
    }

    public static DirectoryPeer Shared => Started.Value;

    public Uri Address { get; }

    /// <summary>Makes the directory know <paramref name="organ"/> at <paramref name="version"/> (an organ id unique to the test keeps tests apart).</summary>
    public void Register(OrganSnapshot organ, long version) => _organs[organ.OrganId] = (organ, version);

    private static DirectoryPeer Start()
    {
        var address = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        var peer = new DirectoryPeer(address);
        var builder = WebApplication.CreateSlimBuilder();
        // The test output folder holds a service's appsettings.json with fixed Kestrel endpoints (5002, 5102, …):
        // the peer listens only where it was told, so parallel test processes do not fight over those ports.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, address.Port, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(peer);
        var app = builder.Build();
        app.MapGrpcService<DirectoryAnswers>();
        app.StartAsync().GetAwaiter().GetResult();
        return peer;
    }

    private sealed class DirectoryAnswers(DirectoryPeer peer) : Contracts.Directory.V1.Directory.DirectoryBase
    {
        public override Task<GetOrgansReply> GetOrgans(GetOrgansRequest request, ServerCallContext context)
        {
            var reply = new GetOrgansReply();
            foreach (var id in request.OrganIds.Distinct(StringComparer.Ordinal))
            {
                if (peer._organs.TryGetValue(id, out var known))
                {
                    reply.Organs.Add(Reply(known.Organ, known.Version));
                }
            }

            return Task.FromResult(reply);
        }

        public override Task<RegionReply> GetRegion(GetRegionRequest request, ServerCallContext context) =>
            DemoDirectory.Regions.TryGetValue(request.Code, out var name)
                ? Task.FromResult(new RegionReply
                {
                    Code = request.Code,
                    Name = name,
                    ParentCode = DemoDirectory.ParentOf(request.Code) ?? "",
                    IsMember = true,
                    JoinedOn = DemoDirectory.JoinedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Version = 1,
                })
                : throw new RpcException(new Status(StatusCode.NotFound, $"No member region {request.Code} in the test directory."));

        private static OrganReply Reply(OrganSnapshot organ, long version) => new()
        {
            OrganId = organ.OrganId,
            IdKind = "CreditCode",
            RegionCode = organ.RegionCode,
            FullName = organ.FullName,
            ShortName = organ.ShortName,
            Level = organ.Level,
            Kind = organ.Kind,
            ParentOrganId = organ.ParentOrganId ?? "",
            Status = organ.Status,
            Version = version,
            UpdatedAt = DemoDirectory.RegisteredAt.AddDays(version).ToString("O", CultureInfo.InvariantCulture),
        };
    }
}
