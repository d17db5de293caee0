using Corridor.BuildingBlocks.Domain;
using Corridor.DirectoryService.Regions;

namespace Corridor.DirectoryService.Organs;

/// <summary>
/// The two kinds of organ id and what each must agree with. A credit code must be valid in every part of GB 32100,
/// registered by an authority that registers organs (<see cref="DirectoryAuthorities"/>), and its embedded division must
/// be the organ's region or lie under it. A conference id is issued by the directory, never chosen by a caller.
/// </summary>
public static class OrganIdentifiers
{
    /// <summary>
    /// 1 机构编制 (机关, 事业单位, 群众团体) and 5 民政 (社会团体 and the like): the member units of the conference are
    /// organs, their party organisations and working committees, and the mass organisations beside them. Units
    /// registered by 工商 (enterprises) or any other authority are not member units.
    /// </summary>
    public const string DirectoryAuthorities = "15";

    public const string ConferencePrefix = "CX";

    public static bool IsConferenceId(string id) =>
        id.Length == Organ.IdLength && id.StartsWith(ConferencePrefix, StringComparison.Ordinal) && id.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>"CX" + the region code + a 10-digit serial: 18 characters, like a credit code, never valid as one ('X' is no registration authority).</summary>
    public static string ConferenceId(string regionCode, long serial) => $"{ConferencePrefix}{regionCode}{serial:D10}";

    /// <summary>The serial of a conference id, or 0 for any other id.</summary>
    public static long SerialOf(string? conferenceId) => conferenceId is not null && IsConferenceId(conferenceId) ? long.Parse(conferenceId.AsSpan(8)) : 0;

    /// <summary>Why <paramref name="code"/> cannot name an organ of this directory, or null when it can.</summary>
    public static string? CreditCodeProblem(string code, DivisionTable divisions)
    {
        var check = UnifiedSocialCreditCode.Check(code, divisions.Contains);
        if (!check.IsValid)
        {
            return check.Message;
        }

        return DirectoryAuthorities.Contains(code[0], StringComparison.Ordinal)
            ? null
            : $"The code was issued by registration authority '{code[0]}'; organs of the directory are registered by 机构编制 (1) or 民政 (5).";
    }

    /// <summary>The division a credit code carries (chars 3–8).</summary>
    public static string EmbeddedDivision(string creditCode) => creditCode.Substring(2, 6);

    /// <summary>Why <paramref name="regionCode"/> disagrees with the division embedded in a credit code, or null when it agrees.</summary>
    public static string? RegionProblem(string creditCode, string regionCode, DivisionTable divisions)
    {
        var embedded = EmbeddedDivision(creditCode);
        return divisions.IsWithin(embedded, regionCode)
            ? null
            : $"The code was issued in division {embedded} ({divisions.Find(embedded)?.Name}); the organ's region must be that division or one it lies in, not {regionCode}.";
    }
}
