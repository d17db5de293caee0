using FluentValidation;

namespace Corridor.DirectoryService.Regions;

internal static class RegionCodeRules
{
    public static bool IsCode(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    /// <summary>Six digits; whether the division exists is answered by the use case (404 / NOT_FOUND).</summary>
    public static IRuleBuilderOptions<T, string?> RegionCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsCode).WithMessage("{PropertyName} must be a six-digit GB/T 2260 division code.");
}
