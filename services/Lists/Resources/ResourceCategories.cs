namespace Corridor.Lists.Resources;

public static class ResourceCategories
{
    public static readonly string Names = string.Join(", ", Enum.GetNames<ResourceCategory>());

    /// <summary>The enum name, case-insensitive; numbers are refused so a typo cannot pick a category.</summary>
    public static ResourceCategory? Parse(string? value) =>
        value is not null && !value.Any(char.IsDigit) && Enum.TryParse<ResourceCategory>(value.Trim(), ignoreCase: true, out var category)
            ? category
            : null;
}
