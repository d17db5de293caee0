using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Tests.Grpc;
using Grpc.Core;

namespace Corridor.BuildingBlocks.Tests.Directory;

/// <summary>
/// A view's organ names come from the read model: through the compiled statement for up to four organs and the general
/// query beyond, with the same answer either way (unknown, empty and null ids have no name; duplicates count once; an organ
/// not asked for is not named). A case asks for its number of distinct ids: the known organs before it and one unknown.
/// </summary>
public sealed class OrganNamesQueryTests
{
    private static readonly string[] Organs = Enumerable.Range(1, 6).Select(i => $"11450900MB000000{i:D2}").ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Each_known_organ_is_named_and_an_unknown_one_is_not(int asked)
    {
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(() => FakeGrpcPeer.Status(StatusCode.Unavailable)));
        await host.WriteAsync(async db =>
        {
            foreach (var (organ, i) in Organs.Select((o, i) => (o, i)))
            {
                await db.UpsertOrganAsync(TestOrgans.Snapshot(organ, name: $"第{i + 1}机关"), 1, TestOrgans.At);
            }
        });
        var wanted = Organs.Take(asked - 1).Append("11450900MB00000099").Concat([null, "", Organs[0]]).ToArray();

        var names = await host.QueryAsync(db => db.OrganNamesAsync(wanted, CancellationToken.None));

        for (var i = 0; i < asked - 1; i++)
        {
            Assert.Equal($"第{i + 1}机关", names.Of(Organs[i]));
        }

        Assert.Null(names.Of("11450900MB00000099"));
        Assert.Null(names.Of(Organs[5]));
    }
}
