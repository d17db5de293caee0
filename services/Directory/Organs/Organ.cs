using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.DirectoryService.Organs;

/// <summary>
/// A member unit of the conference (机关, 机关党组织, 工委), named by its unified social credit code or a
/// conference-issued id, in one member region. The id and the region never change; names change by a rename effective
/// on a day (the old names stay in <see cref="Names"/>); level, kind and parent by an update; Active ⇄ Retired.
/// Who may write is decided before (<see cref="OrganWriters"/>); the id, the region and the parent are checked
/// against the division table and the other organs by the use cases (<see cref="OrganIdentifiers"/>, <see cref="OrganParentage"/>).
/// Every change raises an event carrying the whole <see cref="Snapshot"/>.
/// </summary>
public sealed partial class Organ : AggregateRoot
{
    public const int MaxFullName = 100;
    public const int MaxShortName = 40;
    public const int MaxText = 500;
    public const int MaxExternalReference = 100;
    public const int IdLength = 18;

    private readonly List<OrganName> _names = [];
    private readonly List<OrganChange> _history = [];

    private Organ()
    {
    }

    public string OrganId { get; private set; } = "";

    public OrganIdKind IdKind { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string FullName { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    public OrganLevel Level { get; private set; }

    public OrganKind Kind { get; private set; }

    public string? ParentOrganId { get; private set; }

    public OrganStatus Status { get; private set; }

    public DateOnly? RetiredOn { get; private set; }

    public string? RetireReason { get; private set; }

    /// <summary>The region's own identifier for the organ, unique within the region; set by an upsert by reference.</summary>
    public string? ExternalReference { get; private set; }

    public DateTime RegisteredAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Every name the organ bore, oldest first; the last is the current one.</summary>
    public IReadOnlyList<OrganName> Names => _names;

    public IReadOnlyList<OrganChange> History => _history;

    public OrganSnapshot Snapshot => new(OrganId, RegionCode, FullName, ShortName, Level.ToString(), Kind.ToString(), ParentOrganId, Status.ToString());

    public OrganFields Fields => new(FullName, ShortName, Level, Kind, ParentOrganId);

    /// <param name="organId">Checked by <see cref="OrganIdentifiers"/> against <paramref name="regionCode"/>, or issued by the directory.</param>
    public static Organ Register(
        CallerIdentity caller, string organId, OrganIdKind idKind, string regionCode, OrganFields fields, string? externalReference, DateTime now)
    {
        if (fields.ParentOrganId == organId)
        {
            throw new DomainRuleException("organ.parent-cycle", "An organ cannot be its own parent.");
        }

        var organ = new Organ
        {
            OrganId = organId,
            IdKind = idKind,
            RegionCode = regionCode,
            FullName = Required(fields.FullName, "full-name"),
            ShortName = Required(fields.ShortName, "short-name"),
            Level = fields.Level,
            Kind = fields.Kind,
            ParentOrganId = fields.ParentOrganId,
            Status = OrganStatus.Active,
            ExternalReference = externalReference,
            RegisteredAt = now,
        };
        organ._names.Add(new OrganName(organ.FullName, organ.ShortName, from: null));
        var version = organ.Record(
            OrganChange.Register,
            [
                new("organId", null, organId), new("regionCode", null, regionCode), new("fullName", null, organ.FullName),
                new("shortName", null, organ.ShortName), new("level", null, organ.Level.ToString()), new("kind", null, organ.Kind.ToString()),
                new("parentOrganId", null, organ.ParentOrganId),
            ],
            caller,
            now,
            note: null);
        organ.Raise(new OrganRegistered(organ.Id, organ.Snapshot, version, now));
        return organ;
    }

    /// <summary>Adds an audit line and moves to the next version: once per change.</summary>
    private long Record(string action, IReadOnlyList<FieldChange> fields, CallerIdentity caller, DateTime now, string? note)
    {
        _history.Add(new OrganChange(action, fields.Where(f => f.From != f.To).ToArray(), caller.Actor, caller.Organ, caller.Region, now, note));
        UpdatedAt = now;
        return NextVersion();
    }

    private void EnsureActive(string action)
    {
        if (Status == OrganStatus.Retired)
        {
            throw new DomainRuleException("organ.retired", $"The organ {OrganId} was retired on {RetiredOn:yyyy-MM-dd}; you cannot {action} it.");
        }
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException("organ.missing-" + field, $"The {field.Replace('-', ' ')} is required.") : value.Trim();

    private static DateOnly Today(DateTime now) => DateOnly.FromDateTime(now);
}
