namespace Corridor.Lists.Projects.Reactions;

/// <summary>
/// Lists' read model of an agreement that projects may link to, fed by Agreements' events. Only the state
/// matters here; a project linked to an agreement that is not Active is flagged.
/// </summary>
public sealed class LinkedAgreement
{
    private LinkedAgreement()
    {
    }

    public LinkedAgreement(Guid agreementId) => AgreementId = agreementId;

    public Guid AgreementId { get; private set; }

    /// <summary>Active, Suspended, Terminated or Expired.</summary>
    public string Status { get; private set; } = "Active";

    public string? Reason { get; private set; }

    /// <summary>The agreement's version of the last applied event; a concurrency token, so an older event cannot overwrite a newer one.</summary>
    public long SourceVersion { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public bool Flagged => Status != "Active";

    /// <summary>Applies the state if the event is newer than what is stored; returns whether it was applied.</summary>
    public bool Apply(string status, string? reason, long sourceVersion, DateTime changedAt)
    {
        if (sourceVersion <= SourceVersion)
        {
            return false;
        }

        Status = status;
        Reason = reason;
        SourceVersion = sourceVersion;
        ChangedAt = changedAt;
        return true;
    }
}
