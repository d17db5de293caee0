using System.Globalization;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Sheets;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Resources;

namespace Corridor.Lists.Submissions;

/// <summary>Resources in batches and sheets: upserted by (region, external reference) through the Resource aggregate.</summary>
internal sealed class ResourceSubmission : IListSubmission<ResourceRequest, Resource>
{
    public static readonly SheetLayout Sheet = new("resources",
    [
        new SheetColumn("externalReference", SheetValueKind.Text, "外部编号", "External reference", "ExternalReference", "Ref"),
        new SheetColumn("title", SheetValueKind.Text, "标题", "名称", "Title", "Name"),
        new SheetColumn("category", SheetValueKind.Text, "类别", "Category") { Choices = SheetChoices.Of(ResourceCategoryLabels.All) },
        new SheetColumn("capacity", SheetValueKind.Number, "容量", "Capacity"),
        new SheetColumn("unit", SheetValueKind.Text, "单位", "Unit"),
        new SheetColumn("validFrom", SheetValueKind.Date, "有效期起", "Valid from", "ValidFrom"),
        new SheetColumn("validTo", SheetValueKind.Date, "有效期止", "Valid to", "ValidTo"),
        new SheetColumn("description", SheetValueKind.Text, "描述", "说明", "Description"),
    ]);

    public SheetLayout Layout => Sheet;

    public string? ExternalReferenceOf(ResourceRequest request) => request.ExternalReference;

    public string ExternalReferenceOf(Resource aggregate) => aggregate.ExternalReference!;

    public IQueryable<Resource> Existing(ListsDbContext db, string region, IReadOnlyCollection<string> externalReferences) =>
        db.Resources.Where(r => r.RegionCode == region && r.ExternalReference != null && externalReferences.Contains(r.ExternalReference));

    public string ContentHashOf(ResourceRequest request)
    {
        var input = request.ToInput();
        return Hash(input.Title, input.Description, input.Category, ResourceCapacity.ToThousandths(input.Capacity), input.Unit, input.ValidFrom, input.ValidTo);
    }

    public string ContentHashOf(Resource aggregate) =>
        Hash(aggregate.Title, aggregate.Description, aggregate.Category, aggregate.CapacityThousandths, aggregate.Unit, aggregate.ValidFrom, aggregate.ValidTo);

    public Resource Create(ListsDbContext db, ResourceRequest request, CallerIdentity caller, DateTime now)
    {
        var resource = Resource.Offer(request.ToInput(), caller, now);
        db.Resources.Add(resource);
        return resource;
    }

    public bool Update(Resource aggregate, ResourceRequest request, CallerIdentity caller, DateTime now) =>
        aggregate.Update(request.ToInput(), caller, now);

    private static string Hash(
        string title, string description, ResourceCategory category, long capacityThousandths, string unit, DateOnly validFrom, DateOnly validTo) =>
        ContentHash.Of(new Dictionary<string, string?>
        {
            ["title"] = title,
            ["description"] = description,
            ["category"] = category.ToString(),
            ["capacityThousandths"] = capacityThousandths.ToString(CultureInfo.InvariantCulture),
            ["unit"] = unit,
            ["validFrom"] = validFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["validTo"] = validTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
}
