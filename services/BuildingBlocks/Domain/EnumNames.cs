namespace Corridor.BuildingBlocks.Domain;

/// <summary>Enums travel by name only: numbers and unknown names are refused, so stored strings stay meaningful.</summary>
public static class EnumNames
{
    public static bool Is<T>(string? value)
        where T : struct, Enum => value is not null && Enum.GetNames<T>().Contains(value, StringComparer.Ordinal);

    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
