using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Recipients;

/// <summary>
/// The review parties of a joint project as the Lists service keys them: <c>coordinator:{regionCode}</c> for a
/// participating region's coordinators, <c>secretariat</c> for the conference secretariat.
/// </summary>
public static class ReviewParties
{
    public const string SecretariatKey = "secretariat";

    private const string CoordinatorPrefix = "coordinator:";

    /// <summary>The region whose coordinators a party is; a bare region code is read as that region's coordinators too.</summary>
    public static string? RegionOf(string party) =>
        party.StartsWith(CoordinatorPrefix, StringComparison.Ordinal) ? party[CoordinatorPrefix.Length..]
        : party == SecretariatKey || party.Length == 0 ? null
        : party;

    public static IEnumerable<string> Regions(IEnumerable<string> parties) => parties.Select(RegionOf).OfType<string>();

    /// <summary>Who acts for the parties.</summary>
    public static IEnumerable<Audience> Audiences(IEnumerable<string> parties)
    {
        foreach (var party in parties)
        {
            if (RegionOf(party) is { } region)
            {
                yield return Audience.Coordinators(region);
            }
            else if (party == SecretariatKey)
            {
                yield return Audience.Secretariat;
            }
        }
    }

    public static string Name(NameBook names, string party) => RegionOf(party) is { } region
        ? names.Region(region)
        : party == SecretariatKey ? "大会秘书处" : party;

    public static string NameEn(NameBook names, string party) => RegionOf(party) is { } region
        ? names.Region(region)
        : party == SecretariatKey ? "the secretariat" : party;
}
