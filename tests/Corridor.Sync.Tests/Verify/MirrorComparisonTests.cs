using Corridor.Sync.Feeds;
using Corridor.Sync.Mirror;
using Corridor.Sync.Verify;

namespace Corridor.Sync.Tests.Verify;

public sealed class MirrorComparisonTests
{
    [Fact]
    public void Each_kind_of_difference_is_reported_once_and_identical_records_not_at_all()
    {
        StateRecord[] source =
        [
            new("problem", "SAME", "450000", 2, "h1"),
            new("problem", "missing", "450000", 1, "h2"),
            new("problem", "older", "450000", 3, "h3"),
            new("problem", "edited", "450000", 1, "h4"),
            new("team", "moved", "450100", 1, "h5"),
        ];
        MirrorRecord[] mirror =
        [
            new("lists", "problem", "same", "450000", 2, "H1"),
            new("lists", "problem", "older", "450000", 2, "h3"),
            new("lists", "problem", "edited", "450000", 1, "other"),
            new("lists", "team", "moved", "450000", 1, "h5"),
            new("lists", "problem", "extra", "450000", 1, "h6"),
        ];

        var differences = MirrorComparison.Compare("lists", source, mirror);

        Assert.Equal(
            [
                ("missing", DifferenceKind.Missing),
                ("older", DifferenceKind.VersionDiffers),
                ("edited", DifferenceKind.HashDiffers),
                ("moved", DifferenceKind.RegionDiffers),
                ("extra", DifferenceKind.Extra),
            ],
            differences.Select(d => (d.RecordId, d.Kind)));
    }
}
