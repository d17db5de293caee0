namespace Corridor.Agreements.Agreements;

/// <summary>One line of an agreement's audit trail: who did what, when, from which status to which, and why.</summary>
public sealed class AgreementTransition
{
    private AgreementTransition()
    {
    }

    public AgreementTransition(string action, AgreementStatus? from, AgreementStatus to, string by, string byOrganId, string byRegionCode, DateTime at, string? note)
    {
        Action = action;
        From = from;
        To = to;
        By = by;
        ByOrganId = byOrganId;
        ByRegionCode = byRegionCode;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    /// <summary>draft, revise, propose, sign, activate, suspend, resume, terminate, expire, renewal-due, amend-propose, amend-sign, amend-decline, amend.</summary>
    public string Action { get; private set; } = "";

    public AgreementStatus? From { get; private set; }

    public AgreementStatus To { get; private set; }

    public string By { get; private set; } = "";

    public string ByOrganId { get; private set; } = "";

    public string ByRegionCode { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? Note { get; private set; }
}
