using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Web;
using FluentValidation;

namespace Corridor.BuildingBlocks.UseCases;

/// <summary>
/// The input rules every list query shares (page size, search text, enum filters), as FluentValidation rules for the
/// query's validator, so all lists refuse the same values with the same words under the query's own field names.
/// </summary>
public static class ListFilter
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Longer search texts are refused everywhere: a longer LIKE pattern could also exceed SQL Server's limit.</summary>
    public const int MaxSearchText = 200;

    /// <summary>Absent, or between 1 and <paramref name="max"/>.</summary>
    public static IRuleBuilderOptions<T, int?> PageSize<T>(this IRuleBuilder<T, int?> rule, int max = MaxLimit) =>
        rule.Must(limit => limit is null || (limit >= 1 && limit <= max)).WithMessage($"{{PropertyName}} must be between 1 and {max}.");

    /// <summary>Absent, or at most <see cref="MaxSearchText"/> characters once trimmed.</summary>
    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || text.Trim().Length <= MaxSearchText).WithMessage($"The search text is at most {MaxSearchText} characters.");

    /// <summary>Absent, or exactly the name of a <typeparamref name="TEnum"/> member (see <see cref="EnumNames"/>).</summary>
    public static IRuleBuilderOptions<T, string?> NameOf<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => value is null || EnumNames.Is<TEnum>(value)).WithMessage($"{{PropertyName}} must be one of {EnumNames.List<TEnum>()}.");

    /// <summary>The page token as a cursor (null when absent); a token this service did not hand out is a validation error naming <paramref name="field"/>.</summary>
    public static PageCursor? Cursor(string? token, string field, string scope = "") => PageCursor.Decode(token, field, scope);
}
