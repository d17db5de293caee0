using Corridor.Sync.Feeds;
using Corridor.Sync.Mirror;

namespace Corridor.Sync.Verify;

/// <summary>Compares one service's current state with the mirror, record by record.</summary>
public static class MirrorComparison
{
    public static IReadOnlyList<Difference> Compare(string service, IEnumerable<StateRecord> source, IEnumerable<MirrorRecord> mirror)
    {
        var mirrored = new Dictionary<(string, string), MirrorRecord>();
        foreach (var record in mirror)
        {
            mirrored[(record.RecordType, record.RecordId.ToLowerInvariant())] = record;
        }

        var differences = new List<Difference>();
        var seen = new HashSet<(string, string)>();
        foreach (var record in source)
        {
            var key = (record.RecordType, record.RecordId.ToLowerInvariant());
            if (!seen.Add(key))
            {
                continue;
            }

            if (!mirrored.TryGetValue(key, out var local))
            {
                differences.Add(new Difference(service, record.RecordType, record.RecordId, DifferenceKind.Missing, $"v{record.Version}", null));
            }
            else if (local.Version != record.Version)
            {
                differences.Add(new Difference(service, record.RecordType, record.RecordId, DifferenceKind.VersionDiffers, $"v{record.Version}", $"v{local.Version}"));
            }
            else if (!string.Equals(local.ContentHash, record.ContentHash, StringComparison.OrdinalIgnoreCase))
            {
                differences.Add(new Difference(service, record.RecordType, record.RecordId, DifferenceKind.HashDiffers, record.ContentHash, local.ContentHash));
            }
            else if (record.Region is not null && local.Region != record.Region)
            {
                differences.Add(new Difference(service, record.RecordType, record.RecordId, DifferenceKind.RegionDiffers, record.Region, local.Region));
            }
        }

        differences.AddRange(mirrored
            .Where(m => !seen.Contains(m.Key))
            .Select(m => new Difference(service, m.Value.RecordType, m.Value.RecordId, DifferenceKind.Extra, null, $"v{m.Value.Version}")));
        return differences;
    }
}
