namespace Corridor.Notifications.Records;

/// <summary>
/// A cooperation agreement's title and parties, from AgreementProposed (and AgreementAmended, RenewalDue): the
/// suspension, termination and expiry events name only the agreement's id.
/// </summary>
public sealed class TrackedAgreement
{
    private TrackedAgreement()
    {
    }

    public TrackedAgreement(Guid agreementId) => AgreementId = agreementId;

    public Guid AgreementId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Space-separated organ ids.</summary>
    public string PartyOrganIds { get; private set; } = "";

    public long Version { get; private set; }

    public IReadOnlyList<string> Parties => PartyOrganIds.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void Named(string title)
    {
        if (title.Length > 0)
        {
            Title = title;
        }
    }

    /// <summary>Takes the parties when <paramref name="version"/> is newer than the ones known.</summary>
    public void PartiesAre(IEnumerable<string> partyOrganIds, long version)
    {
        if (version > Version)
        {
            PartyOrganIds = string.Join(' ', partyOrganIds);
            Version = version;
        }
    }
}
