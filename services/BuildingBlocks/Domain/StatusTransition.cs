using Corridor.BuildingBlocks.Security;

namespace Corridor.BuildingBlocks.Domain;

/// <summary>
/// One line of an aggregate's audit trail: who did what, when, from which status to which, and why. An aggregate's
/// history line derives from it (<c>AgreementTransition : StatusTransition&lt;AgreementStatus&gt;</c>) and adds what only
/// it records; EF maps the inherited properties as the derived line's own columns.
/// </summary>
public abstract class StatusTransition<TStatus>
    where TStatus : struct, Enum
{
    protected StatusTransition()
    {
    }

    protected StatusTransition(string action, TStatus? from, TStatus to, CallerIdentity by, DateTime at, string? note)
        : this(action, from, to, by.Actor, by.Organ, by.Region, at, note)
    {
    }

    protected StatusTransition(string action, TStatus? from, TStatus to, string by, string byOrganId, string byRegionCode, DateTime at, string? note)
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

    /// <summary>The aggregate's verb for the change (draft, sign, resolve...); a line with From == To records an action that keeps the status.</summary>
    public string Action { get; private set; } = "";

    /// <summary>Null on the line that created the aggregate.</summary>
    public TStatus? From { get; private set; }

    public TStatus To { get; private set; }

    /// <summary>The actor (<see cref="CallerIdentity.Actor"/>), or "system" for scheduled jobs.</summary>
    public string By { get; private set; } = "";

    public string ByOrganId { get; private set; } = "";

    public string ByRegionCode { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? Note { get; private set; }
}
