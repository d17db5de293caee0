using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.BuildingBlocks.Domain;

namespace Corridor.Lists.Projects;

/// <summary>
/// Everything a reviewer approves when they name a revision: the fields the pen-holder edits. The lead organ,
/// status, approvals and execution progress are not content.
/// </summary>
public sealed record ProjectContent(
    string Title,
    string Description,
    ProjectCategory Category,
    long? BudgetFen,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<PartnerRef> Partners,
    IReadOnlyList<MilestonePlan> Milestones,
    Guid? AgreementId)
{
    public const int MaxTitle = 300;
    public const int MaxText = 4000;
    public const int MaxMilestones = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ProjectContent FromJson(string json) =>
        JsonSerializer.Deserialize<ProjectContent>(json, Json) ?? throw new InvalidOperationException("A stored revision has no content.");

    /// <summary>The domain rules on content that does not depend on who edits it.</summary>
    public void EnsureValid(string leadOrganId, string leadRegionCode)
    {
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > MaxTitle)
        {
            throw new DomainRuleException("project.title", $"The title is required and at most {MaxTitle} characters.");
        }

        if (Description.Length > MaxText)
        {
            throw new DomainRuleException("project.description", $"The description is at most {MaxText} characters.");
        }

        if (Partners.Count == 0)
        {
            throw new DomainRuleException("project.no-partners", "A joint project needs at least one partner organ.");
        }

        if (Partners.Any(p => p.RegionCode == leadRegionCode))
        {
            throw new DomainRuleException("project.partner-same-region", "Partner organs must come from regions other than the lead's.");
        }

        if (Partners.Select(p => p.OrganId).Append(leadOrganId).Distinct(StringComparer.Ordinal).Count() != Partners.Count + 1)
        {
            throw new DomainRuleException("project.duplicate-organ", "An organ can take part in a project only once.");
        }

        if (BudgetFen is < 0)
        {
            throw new DomainRuleException("project.budget", "The budget cannot be negative.");
        }

        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            throw new DomainRuleException("project.dates", "The end date cannot be before the start date.");
        }

        if (Milestones.Count > MaxMilestones || Milestones.Any(m => string.IsNullOrWhiteSpace(m.Title) || m.Title.Length > MaxTitle))
        {
            throw new DomainRuleException("project.milestones", $"At most {MaxMilestones} milestones, each with a title of at most {MaxTitle} characters.");
        }

        if (Milestones.Any(m => m.DueDate < StartDate || m.DueDate > EndDate))
        {
            throw new DomainRuleException("project.milestone-outside-term", "Every milestone must fall between the project's start and end dates.");
        }
    }

    /// <summary>Field-level differences from <paramref name="before"/> to this content, in a stable order.</summary>
    public IReadOnlyList<FieldChange> DiffFrom(ProjectContent before)
    {
        var changes = new List<FieldChange>();
        Compare(changes, "title", before.Title, Title);
        Compare(changes, "description", before.Description, Description);
        Compare(changes, "category", before.Category.ToString(), Category.ToString());
        Compare(changes, "budget", Yuan(before.BudgetFen), Yuan(BudgetFen));
        Compare(changes, "startDate", Date(before.StartDate), Date(StartDate));
        Compare(changes, "endDate", Date(before.EndDate), Date(EndDate));
        Compare(changes, "agreementId", before.AgreementId?.ToString(), AgreementId?.ToString());

        var oldPartners = before.Partners.ToDictionary(p => p.OrganId, p => p.RegionCode, StringComparer.Ordinal);
        var newPartners = Partners.ToDictionary(p => p.OrganId, p => p.RegionCode, StringComparer.Ordinal);
        foreach (var organ in oldPartners.Keys.Union(newPartners.Keys).Order(StringComparer.Ordinal))
        {
            Compare(changes, $"partners[{organ}]", oldPartners.GetValueOrDefault(organ), newPartners.GetValueOrDefault(organ));
        }

        for (var i = 0; i < Math.Max(before.Milestones.Count, Milestones.Count); i++)
        {
            var old = i < before.Milestones.Count ? before.Milestones[i] : null;
            var now = i < Milestones.Count ? Milestones[i] : null;
            Compare(changes, $"milestones[{i + 1}].title", old?.Title, now?.Title);
            Compare(changes, $"milestones[{i + 1}].dueDate", Date(old?.DueDate), Date(now?.DueDate));
        }

        return changes;
    }

    /// <summary>Fen rendered as yuan with two decimals, e.g. 12345678 → "123456.78".</summary>
    public static string? Yuan(long? fen) => fen is { } value ? (value / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Compare(List<FieldChange> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, before, after));
        }
    }
}
