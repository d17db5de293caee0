using System.Globalization;
using Corridor.Contracts.Directory.V1;
using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>The directory's gRPC answers as the read model stores them.</summary>
internal static class DirectoryReplies
{
    public static OrganSnapshot Snapshot(this OrganReply organ) => new(
        organ.OrganId,
        organ.RegionCode,
        organ.FullName,
        organ.ShortName,
        organ.Level,
        organ.Kind,
        string.IsNullOrEmpty(organ.ParentOrganId) ? null : organ.ParentOrganId,
        organ.Status);

    public static DateTime UpdatedAt(this OrganReply organ, DateTime fallback) =>
        DateTime.TryParse(organ.UpdatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? at : fallback;

    public static DateOnly? Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
