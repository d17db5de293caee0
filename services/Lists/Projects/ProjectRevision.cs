namespace Corridor.Lists.Projects;

/// <summary>A numbered, immutable snapshot of a project's content: what reviewers saw when they named the revision.</summary>
public sealed class ProjectRevision
{
    private ProjectRevision()
    {
    }

    public ProjectRevision(int number, string content, IReadOnlyList<string> changedFields, string savedBy, string savedByOrganId, string savedByRegionCode, DateTime savedAt)
    {
        Number = number;
        Content = content;
        ChangedFields = string.Join(',', changedFields);
        SavedBy = savedBy;
        SavedByOrganId = savedByOrganId;
        SavedByRegionCode = savedByRegionCode;
        SavedAt = savedAt;
    }

    public long Id { get; private set; }

    public int Number { get; private set; }

    /// <summary>The content as JSON (<see cref="ProjectContent.ToJson"/>).</summary>
    public string Content { get; private set; } = "";

    /// <summary>Comma-separated names of the fields changed from the previous revision (empty for revision 1).</summary>
    public string ChangedFields { get; private set; } = "";

    public string SavedBy { get; private set; } = "";

    public string SavedByOrganId { get; private set; } = "";

    public string SavedByRegionCode { get; private set; } = "";

    public DateTime SavedAt { get; private set; }

    public ProjectContent Read() => ProjectContent.FromJson(Content);
}
