using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.DirectoryService.Organs;

/// <summary>An organ's changes after registration: level, kind and parent; renames; retiring and reinstating.</summary>
public sealed partial class Organ
{
    /// <summary>Level, kind and parent (checked by <see cref="OrganParentage"/>); returns the fields changed (none: nothing is recorded).</summary>
    public IReadOnlyList<FieldChange> Update(CallerIdentity caller, OrganLevel level, OrganKind kind, string? parentOrganId, DateTime now)
    {
        EnsureActive("edit");
        if (parentOrganId == OrganId)
        {
            throw new DomainRuleException("organ.parent-cycle", "An organ cannot be its own parent.");
        }

        FieldChange[] fields =
        [
            new("level", Level.ToString(), level.ToString()), new("kind", Kind.ToString(), kind.ToString()), new("parentOrganId", ParentOrganId, parentOrganId),
        ];
        var changed = fields.Where(f => f.From != f.To).ToArray();
        if (changed.Length == 0)
        {
            return changed;
        }

        Level = level;
        Kind = kind;
        ParentOrganId = parentOrganId;
        var version = Record(OrganChange.Update, changed, caller, now, note: null);
        Raise(new OrganUpdated(Id, Snapshot, version, now));
        return changed;
    }

    /// <summary>
    /// A new full and short name from <paramref name="effectiveOn"/> (today when null; never in the future, and after
    /// the day the current name took effect); the current name ends the day before.
    /// </summary>
    public void Rename(CallerIdentity caller, string fullName, string shortName, DateOnly? effectiveOn, DateTime now)
    {
        EnsureActive("rename");
        var day = effectiveOn ?? Today(now);
        if (day > Today(now))
        {
            throw new DomainRuleException("organ.renamed-in-future", "A rename takes effect today or on a past day; record it once it is decided.");
        }

        var current = _names[^1];
        if (current.From is { } from && day <= from)
        {
            throw new DomainRuleException("organ.renamed-before-last-name", $"The current name took effect on {from:yyyy-MM-dd}; a new one takes effect after that day.");
        }

        var full = Required(fullName, "full-name");
        var @short = Required(shortName, "short-name");
        if (full == FullName && @short == ShortName)
        {
            throw new DomainRuleException("organ.same-name", "The organ already bears this full and short name.");
        }

        var previousFull = FullName;
        var previousShort = ShortName;
        current.EndOn(day.AddDays(-1));
        _names.Add(new OrganName(full, @short, day));
        FullName = full;
        ShortName = @short;
        var version = Record(
            OrganChange.Rename, [new("fullName", previousFull, full), new("shortName", previousShort, @short)], caller, now, $"effective {day:yyyy-MM-dd}");
        Raise(new OrganRenamed(Id, Snapshot, previousFull, previousShort, day, version, now));
    }

    /// <summary>Active → Retired from <paramref name="retiredOn"/> (today when null, never in the future).</summary>
    public void Retire(CallerIdentity caller, DateOnly? retiredOn, string? reason, DateTime now)
    {
        EnsureActive("retire");
        var day = retiredOn ?? Today(now);
        if (day > Today(now))
        {
            throw new DomainRuleException("organ.retired-in-future", "An organ is retired today or on a past day, not in the future.");
        }

        Status = OrganStatus.Retired;
        RetiredOn = day;
        RetireReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var version = Record(
            OrganChange.Retire,
            [new("status", nameof(OrganStatus.Active), nameof(OrganStatus.Retired)), new("retiredOn", null, $"{day:yyyy-MM-dd}")],
            caller,
            now,
            RetireReason);
        Raise(new OrganRetired(Id, Snapshot, version, now));
    }

    /// <summary>Retired → Active.</summary>
    public void Reinstate(CallerIdentity caller, DateTime now)
    {
        if (Status != OrganStatus.Retired)
        {
            throw new DomainRuleException("organ.not-retired", $"The organ {OrganId} is active.");
        }

        var retiredOn = RetiredOn;
        Status = OrganStatus.Active;
        RetiredOn = null;
        RetireReason = null;
        var version = Record(
            OrganChange.Reinstate,
            [new("status", nameof(OrganStatus.Retired), nameof(OrganStatus.Active)), new("retiredOn", $"{retiredOn:yyyy-MM-dd}", null)],
            caller,
            now,
            note: null);
        Raise(new OrganReinstated(Id, Snapshot, version, now));
    }
}
