using Corridor.DirectoryService.Regions;
using FluentValidation;

namespace Corridor.DirectoryService.Organs;

/// <summary>An organ's id, region and fields as a registration or an upsert sent them.</summary>
public interface IOrganInput
{
    string? OrganId { get; }

    string? RegionCode { get; }

    string? FullName { get; }

    string? ShortName { get; }

    string? Level { get; }

    string? Kind { get; }

    string? ParentOrganId { get; }
}

/// <summary>
/// The input rules shared by registration and upsert: names trimmed and bounded, level and kind by name, an organ id
/// (when given) valid in every part of GB 32100 and agreeing with the region. Whether the region is a member is a
/// rule of the current state, checked by the use case.
/// </summary>
internal abstract class OrganInputValidator<T> : AbstractValidator<T>
    where T : IOrganInput
{
    protected OrganInputValidator(DivisionTable divisions)
    {
        RuleFor(r => r.FullName).Must(n => n is not null && n.Trim().Length is > 0 and <= Organ.MaxFullName)
            .WithMessage($"The full name is 1 to {Organ.MaxFullName} characters.");
        RuleFor(r => r.ShortName).Must(n => n is not null && n.Trim().Length is > 0 and <= Organ.MaxShortName)
            .WithMessage($"The short name is 1 to {Organ.MaxShortName} characters.");
        RuleFor(r => r.Level).IsEnumName(typeof(OrganLevel)).NotEmpty().WithMessage($"Level must be one of: {string.Join(", ", Enum.GetNames<OrganLevel>())}.");
        RuleFor(r => r.Kind).IsEnumName(typeof(OrganKind)).NotEmpty().WithMessage($"Kind must be one of: {string.Join(", ", Enum.GetNames<OrganKind>())}.");
        RuleFor(r => r.ParentOrganId).MaximumLength(Organ.IdLength);
        RuleFor(r => r.RegionCode).RegionCode().Must(divisions.Contains).WithMessage("{PropertyName} is not a division of GB/T 2260.");
        RuleFor(r => r.OrganId).Custom((id, context) =>
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return;
            }

            if (OrganIdentifiers.IsConferenceId(id))
            {
                context.AddFailure("Conference ids are issued by the directory: register the organ without an id to be given one.");
                return;
            }

            if (OrganIdentifiers.CreditCodeProblem(id, divisions) is { } problem)
            {
                context.AddFailure(problem);
                return;
            }

            var region = context.InstanceToValidate.RegionCode;
            if (region is not null && divisions.Contains(region) && OrganIdentifiers.RegionProblem(id, region, divisions) is { } disagreement)
            {
                context.AddFailure(nameof(IOrganInput.RegionCode), disagreement);
            }
        });
    }
}

internal static class OrganInput
{
    public static OrganFields ToFields(this IOrganInput input) => new(
        input.FullName!.Trim(),
        input.ShortName!.Trim(),
        Enum.Parse<OrganLevel>(input.Level!),
        Enum.Parse<OrganKind>(input.Kind!),
        string.IsNullOrWhiteSpace(input.ParentOrganId) ? null : input.ParentOrganId.Trim());
}
