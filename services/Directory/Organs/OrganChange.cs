namespace Corridor.DirectoryService.Organs;

/// <summary>One line of an organ's audit trail: who did what and when, with each field's previous and new value.</summary>
public sealed class OrganChange
{
    public const string Register = "register";
    public const string Update = "update";
    public const string Rename = "rename";
    public const string Retire = "retire";
    public const string Reinstate = "reinstate";

    private OrganChange()
    {
    }

    public OrganChange(string action, IReadOnlyList<FieldChange> fields, string by, string byOrganId, string byRegionCode, DateTime at, string? note)
    {
        Action = action;
        Fields = fields;
        By = by;
        ByOrganId = byOrganId;
        ByRegionCode = byRegionCode;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    public string Action { get; private set; } = "";

    public IReadOnlyList<FieldChange> Fields { get; private set; } = [];

    public string By { get; private set; } = "";

    public string ByOrganId { get; private set; } = "";

    public string ByRegionCode { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? Note { get; private set; }
}
